package org.zhengtong.permit.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The issued licences. */
public interface LicenceRecords extends JpaRepository<Licence, UUID> {

	Optional<Licence> findByNumber(String number);

	Optional<Licence> findFirstByPdfSha256OrOfdSha256(String pdfSha256, String ofdSha256);

	/** The licences sealed with a certificate: the PDF's seal or the OFD's SM2 seal. */
	List<Licence> findBySealSerialOrOfdSealSerialOrderByNumber(String sealSerial, String ofdSealSerial);

}

package org.zhengtong.permit.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The issued licences. */
public interface LicenceRecords extends JpaRepository<Licence, UUID> {

	Optional<Licence> findByNumber(String number);

	Optional<Licence> findFirstByPdfSha256OrOfdSha256(String pdfSha256, String ofdSha256);

}

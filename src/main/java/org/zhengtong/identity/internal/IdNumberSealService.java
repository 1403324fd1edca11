package org.zhengtong.identity.internal;

import java.util.Base64;

import org.springframework.stereotype.Service;
import org.zhengtong.identity.IdNumberSeals;
import org.zhengtong.shared.ResidentIdNumber;

/** {@link IdNumberSeals} on the accounts' own cipher. */
@Service
class IdNumberSealService implements IdNumberSeals {

	private final IdNumberCipher cipher;

	IdNumberSealService(IdNumberCipher cipher) {
		this.cipher = cipher;
	}

	@Override
	public String seal(ResidentIdNumber number) {
		return Base64.getEncoder().encodeToString(cipher.encrypt(number.value()));
	}

	@Override
	public ResidentIdNumber unseal(String sealed) {
		try {
			return ResidentIdNumber.of(cipher.decrypt(Base64.getDecoder().decode(sealed)));
		}
		catch (IllegalStateException ex) {
			throw new IllegalArgumentException("Not a sealed ID number", ex);
		}
	}

}

package org.zhengtong.identity;

import java.util.Optional;

/** 公众账户: self-registration of citizens and enterprises, and their registered identity. */
public interface PublicAccounts {

	/**
	 * Creates a citizen account with the CITIZEN role; the ID number is stored encrypted.
	 * @throws AccountRefused when the user name, ID number, mobile or e-mail is already
	 * registered, or the password too weak
	 */
	AccountView registerCitizen(CitizenRegistration registration);

	/**
	 * Creates an enterprise account with the ENTERPRISE role.
	 * @throws AccountRefused when the user name, credit code, mobile or e-mail is already
	 * registered, or the password too weak
	 */
	AccountView registerEnterprise(EnterpriseRegistration registration);

	/** The registered identity, masked; empty for staff accounts. */
	Optional<PublicProfile> profile(String username);

	/**
	 * The full 居民身份证号, for an administrator who must see it; every call is audited with
	 * the actor.
	 */
	Optional<String> revealIdNumber(String username, String actor);

	/**
	 * A citizen account's full 居民身份证号 for an official record that must carry it (a permit
	 * decision's 双公示 entry, which stores it sealed and shows it masked); audited as an
	 * unmasked read with the actor and the purpose. Empty for any other account.
	 * @param purpose what the number is used for, in the audit entry (at most 200
	 * characters)
	 */
	Optional<String> idNumberForRecord(java.util.UUID account, String purpose, String actor);

}

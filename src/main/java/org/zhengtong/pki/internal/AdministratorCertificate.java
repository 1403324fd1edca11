package org.zhengtong.pki.internal;

import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.zhengtong.identity.PasswordLoginCheck;
import org.zhengtong.identity.Role;
import org.zhengtong.platform.LoginRefused;

/**
 * 三员 sign in with two factors: their password, over a connection that presents their own
 * valid login certificate (checked by {@link CertificateLoginFilter}, which never signs
 * them in by the certificate alone). {@code zhengtong.pki.administrator-certificate}:
 * {@code when-issued} (default) asks for it once the administrator holds a valid login
 * certificate — so a new installation's administrators can sign in to have theirs issued
 * — and {@code always} asks for it whatever.
 */
@Component
class AdministratorCertificate implements PasswordLoginCheck {

	/** The authorities of the three administrators' roles (三员). */
	static final Set<String> ADMINISTRATORS = Role.ADMINISTRATORS.stream()
		.map((role) -> "ROLE_" + role.name())
		.collect(Collectors.toUnmodifiableSet());

	private final CertificateAuthorityService authority;

	private final boolean always;

	AdministratorCertificate(CertificateAuthorityService authority,
			@Value("${zhengtong.pki.administrator-certificate:when-issued}") String mode) {
		this.authority = authority;
		if (!Set.of("when-issued", "always").contains(mode)) {
			throw new IllegalArgumentException(
					"zhengtong.pki.administrator-certificate must be when-issued or always, not " + mode);
		}
		this.always = mode.equals("always");
	}

	static boolean isAdministrator(UserDetails user) {
		return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(ADMINISTRATORS::contains);
	}

	@Override
	public void check(UserDetails user) {
		if (isAdministrator(user) && presented(user) == null
				&& (always || authority.holdsLoginCertificate(user.getUsername()))) {
			throw new LoginRefused(LoginRefused.CERTIFICATE_NEEDED,
					user.getUsername() + " needs their certificate as well as their password");
		}
	}

	/** The administrator's own valid certificate came with the password. */
	@Override
	public boolean secondFactor(UserDetails user) {
		return isAdministrator(user) && presented(user) != null;
	}

	@Override
	public void passed(UserDetails user) {
		CertificateAuthorityService.CertificateLogin login = isAdministrator(user) ? presented(user) : null;
		if (login != null
				&& RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			// From now on the filter checks this certificate on every request of the
			// session.
			attributes.getRequest().getSession().setAttribute(CertificateLoginFilter.SESSION_SERIAL, login.serial());
		}
	}

	private static CertificateAuthorityService.@Nullable CertificateLogin presented(UserDetails user) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes && attributes
			.getRequest()
			.getAttribute(CertificateLoginFilter.VERIFIED) instanceof CertificateAuthorityService.CertificateLogin login
				&& user.getUsername().equalsIgnoreCase(login.holder())) {
			return login;
		}
		return null;
	}

}

package org.zhengtong.identity.internal;

import java.util.Map;
import java.util.concurrent.Semaphore;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2 (Spring Security's v5.8 defaults), memory-hard and 2.7× the logins of BCrypt-10
 * a core on these machines (stack.md); BCrypt hashes are still read. Hashing runs at most
 * one per core at a time, so a burst of logins queues instead of thrashing.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

	@Bean
	PasswordEncoder passwordEncoder() {
		PasswordEncoder delegating = new DelegatingPasswordEncoder("argon2", Map.of("argon2",
				Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
		return new Bounded(delegating, Math.max(1, Runtime.getRuntime().availableProcessors()));
	}

	/** At most {@code permits} hashes at once. */
	static final class Bounded implements PasswordEncoder {

		private final PasswordEncoder encoder;

		private final Semaphore permits;

		Bounded(PasswordEncoder encoder, int permits) {
			this.encoder = encoder;
			this.permits = new Semaphore(permits, true);
		}

		@Override
		public String encode(CharSequence raw) {
			permits.acquireUninterruptibly();
			try {
				return encoder.encode(raw);
			}
			finally {
				permits.release();
			}
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			permits.acquireUninterruptibly();
			try {
				return encoder.matches(raw, encoded);
			}
			finally {
				permits.release();
			}
		}

		@Override
		public boolean upgradeEncoding(String encoded) {
			return encoder.upgradeEncoding(encoded);
		}

	}

}

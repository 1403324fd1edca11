package org.zhengtong;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.zhengtong.platform.Commands;

/**
 * 政通 — the city's e-government platform: public portal, intranet office, document
 * exchange, supervision, permits and the certificate authority in one application. With a
 * command as first argument ({@code backup}, {@code restore}) it runs that command
 * instead and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ZhengtongApplication {

	public static void main(String[] args) {
		if (Commands.requested(args)) {
			System.exit(Commands.run(ZhengtongApplication.class, args));
		}
		SpringApplication.run(ZhengtongApplication.class, args);
	}

}

package org.zhengtong;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
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
			var context = new SpringApplicationBuilder(ZhengtongApplication.class).run(Commands.arguments(args));
			System.exit(SpringApplication.exit(context));
		}
		SpringApplication.run(ZhengtongApplication.class, args);
	}

}

package org.zhengtong;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * 政通 — the city's e-government platform: public portal, intranet office, document
 * exchange, supervision, permits and the certificate authority in one application.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ZhengtongApplication {

	public static void main(String[] args) {
		SpringApplication.run(ZhengtongApplication.class, args);
	}

}

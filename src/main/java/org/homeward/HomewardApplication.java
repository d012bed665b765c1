package org.homeward;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;

/** Starts Homeward: the web application, its API and, on an empty embedded database, the demo data. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(sharedModules = "web")
public class HomewardApplication {

	public static void main(String[] args) {
		SpringApplication.run(HomewardApplication.class, args);
	}

	/** Domain code asks this clock for "now", so tests can fix time. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}
}

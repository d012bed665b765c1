package org.homeward.access.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How passwords are hashed, for the server and the command line alike. */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt by default, and able to verify hashes of any algorithm Spring Security knows, so the default can
		// be raised later without invalidating stored passwords.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}
}

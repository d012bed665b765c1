package org.homeward.web.internal;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets an encoded slash or backslash through the server, as the firewall does: a record's id may hold one, and
 * its link carries it as %2F or %5C inside one path segment. Tomcat refuses both unless told. Only the servlet
 * path it maps by reads them as separators; the security rules and the routes read the undecoded path.
 */
@Configuration(proxyBeanMethods = false)
class EncodedSlashes {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashesDecoded() {
		return factory -> factory.addConnectorCustomizers(connector -> {
			connector.setEncodedSolidusHandling("decode");
			connector.setAllowBackslash(true);
		});
	}
}

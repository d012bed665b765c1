package org.homeward.web.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI document (and its UI at /swagger-ui.html) says about Homeward's API as a whole. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI homewardApi() {
		return new OpenAPI()
			.info(new Info().title("Homeward API").version("v1")
				.description("Returns of refugees and displaced people, reconstruction and the situation around them. "
						+ "Public aggregate figures and published briefings need no credentials; everything else "
						+ "takes HTTP Basic or an API token. Errors are RFC 9457 problem details. Imports follow the "
						+ "HXL exchange contract.")
				.license(new License().name("Open source")))
			.components(new Components()
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")));
	}
}

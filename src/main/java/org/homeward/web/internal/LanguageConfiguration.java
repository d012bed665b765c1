package org.homeward.web.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The language of the pages: English, Russian or Arabic, chosen with {@code ?lang=} and kept in a cookie, else
 * taken from the browser. The API is left alone: there {@code lang} names the language of a briefing.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"),
			Locale.forLanguageTag("ar"));

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("homeward-language") {
			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				Locale chosen = super.resolveLocale(request);
				return LANGUAGES.stream().filter(language -> language.getLanguage().equals(chosen.getLanguage()))
					.findFirst().orElse(Locale.ENGLISH);
			}
		};
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(request -> request.getLocale());
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change).excludePathPatterns("/api/**", "/actuator/**", "/v3/**", "/swagger-ui/**");
	}
}

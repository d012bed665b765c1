package org.homeward.web.internal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * {@code /error} is where the server renders an error that happened elsewhere. Asked for directly it has no error
 * to render (Spring Boot would answer 500), so it is answered as any path that names nothing: 404.
 */
@Configuration(proxyBeanMethods = false)
class ErrorPath implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
					throws NoResourceFoundException {
				if (request.getDispatcherType() == DispatcherType.REQUEST) {
					throw new NoResourceFoundException(HttpMethod.valueOf(request.getMethod()), request.getRequestURI(),
							"error");
				}
				return true;
			}
		}).addPathPatterns("/error");
	}
}

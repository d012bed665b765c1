package org.homeward.access.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.homeward.web.ProblemResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import tools.jackson.databind.ObjectMapper;

/**
 * Who may call what. Every path has an explicit rule and anything without one is refused, so a new endpoint
 * stays closed until someone decides who may use it. Refusals are RFC 9457 problem details like every error.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	/** Public reference data and documentation: no credentials needed, any method (MVC answers 405). */
	static final String[] PUBLIC_PATHS = { "/api/v1/places", "/api/v1/places/**", "/api/v1/countries",
			"/api/v1/countries/**", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**",
			"/actuator/health", "/actuator/health/**", "/actuator/info", "/error", "/problems/**", "/api/v1/briefings",
			"/api/v1/facility-types" };

	/** Public like the briefing figures of any source: a source's stated figures are published already. */
	private static final String STATED_FIGURE_CHECKS = "/api/v1/stated-figures/checks";

	/** What the API chain answers; every other path is a page of the web application (its own chain). */
	static final String[] API_PATHS = { "/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
			"/swagger-ui.html", "/swagger-ui/**", "/problems/**", "/error" };

	/** Pages anyone may read: public aggregate figures, published briefings, and what the pages are made of. */
	static final String[] PUBLIC_PAGES = { "/", "/briefings", "/briefings/issued/*", "/login", "/css/**", "/js/**",
			"/fonts/**", "/favicon.ico" };

	/** Who may send records; the ledgers narrow a data officer to their area and a partner to its source. */
	private static final String[] WRITERS = { "ADMIN", "COORDINATOR", "DATA_OFFICER", "PARTNER" };

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * A request the firewall refuses (a control character in a header, an encoded slash or dot-dot in the path) is
	 * the sender's mistake: 400 with a problem that says why, instead of an internal error.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler(ObjectMapper json) {
		return (request, response, rejected) -> ProblemResponse.write(json, request, response, 400,
				"request-rejected", "Request rejected",
				"The request was refused before it was read: " + rejected.getMessage().replaceAll("\\p{Cntrl}", "?"));
	}

	/**
	 * The firewall as Spring Security ships it, except that a path segment may hold an encoded slash or backslash:
	 * a source's id may hold them (a file's id such as {@code 2018/10/001}), and the record API names a record by
	 * its id in one segment. Routing and the rules above both match the segments of the undecoded path, so an
	 * encoded slash never moves a request to another rule; a dot-dot segment after decoding is still refused.
	 */
	@Bean
	HttpFirewall firewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowUrlEncodedSlash(true);
		firewall.setAllowUrlEncodedDoubleSlash(true);
		firewall.setAllowBackSlash(true);
		return firewall;
	}

	/**
	 * The OpenRosa server phones use (exchange contract, section 6): HTTP Basic with the challenge ODK Collect
	 * answers with the user's name and password, or a device token in the URL ({@code /openrosa/key/{token}/…}) for
	 * a phone that keeps no password; no session, no CSRF token (a phone keeps none). The area and source of the
	 * user are kept by the ledgers, as for every write.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain openRosaSecurityFilterChain(HttpSecurity http, ApiTokens tokens) throws Exception {
		http.securityMatcher("/openrosa/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().hasAnyRole(WRITERS))
			.addFilterBefore(new DeviceKeyFilter(tokens), BasicAuthenticationFilter.class)
			.httpBasic(basic -> basic.realmName("Homeward"))
			.exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) -> DeviceKeyFilter
				.refuse(response, 403, "Your account may not send records. Ask an administrator for a role that does.")))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ObjectMapper json, ApiTokens tokens) throws Exception {
		http.securityMatcher(API_PATHS).authorizeHttpRequests(requests -> requests
				.requestMatchers(PUBLIC_PATHS).permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/sources").hasAnyRole("ADMIN", "COORDINATOR")
				.requestMatchers(HttpMethod.POST, "/api/v1/briefings/issued").hasAnyRole("ADMIN", "COORDINATOR")
				.requestMatchers(HttpMethod.GET, "/api/v1/briefings/**").permitAll()
				.requestMatchers("/api/v1/sources", "/api/v1/sources/**").permitAll()
				.requestMatchers(HttpMethod.GET, STATED_FIGURE_CHECKS).permitAll()
				// writers: the ledgers themselves keep a data officer to their area and a partner to its source
				.requestMatchers(HttpMethod.POST, "/api/v1/imports/returns", "/api/v1/imports/facilities",
						"/api/v1/imports/registrations", "/api/v1/imports/stated-figures")
					.hasAnyRole(WRITERS)
				// who is the same person is for those who reconcile the sources; the figures name no one
				.requestMatchers(HttpMethod.GET, "/api/v1/registrations/linkage", "/api/v1/registrations/people",
						"/api/v1/registrations/reviews")
					.hasAnyRole("ADMIN", "COORDINATOR")
				.requestMatchers(HttpMethod.POST, "/api/v1/registrations/decisions").hasAnyRole("ADMIN", "COORDINATOR")
				.requestMatchers(HttpMethod.POST, "/api/v1/registrations/households").hasAnyRole(WRITERS)
				// KoBo's REST Services push submissions as the account its service is set up with
				.requestMatchers(HttpMethod.POST, "/api/v1/collect/kobo/*").hasAnyRole(WRITERS)
				.requestMatchers(HttpMethod.DELETE, "/api/v1/registrations/decisions/*").hasAnyRole("ADMIN", "COORDINATOR")
				// a person, named: the staff of the area only (the area is checked on the registrations), every read audited
				.requestMatchers(HttpMethod.GET, "/api/v1/registrations/people/*", "/api/v1/registrations/people/*/export")
					.hasAnyRole("ADMIN", "COORDINATOR", "DATA_OFFICER")
				.requestMatchers(HttpMethod.DELETE, "/api/v1/registrations/people/*").hasRole("ADMIN")
				.requestMatchers(HttpMethod.GET, "/api/v1/registrations/figures")
					.hasAnyRole("ADMIN", "COORDINATOR", "ANALYST", "PARTNER")
				.requestMatchers(HttpMethod.GET, "/api/v1/returns/figures", "/api/v1/returns/figures/compare")
					.hasAnyRole("ADMIN", "COORDINATOR", "ANALYST", "PARTNER")
				.requestMatchers("/api/v1/returns", "/api/v1/returns/**").hasAnyRole(WRITERS)
				.requestMatchers(HttpMethod.GET, "/api/v1/exports/returns/figures")
					.hasAnyRole("ADMIN", "COORDINATOR", "ANALYST", "PARTNER")
				.requestMatchers(HttpMethod.GET, "/api/v1/exports/returns").hasAnyRole("ADMIN", "COORDINATOR")
				.requestMatchers(HttpMethod.GET, "/api/v1/camps", "/api/v1/camps/**", "/api/v1/legal-acts",
						"/api/v1/legal-acts/**", "/api/v1/coordination-actions", "/api/v1/coordination-actions/**",
						"/api/v1/aid-deliveries").authenticated()
				.requestMatchers("/api/v1/camps/**", "/api/v1/legal-acts", "/api/v1/legal-acts/**",
						"/api/v1/coordination-actions", "/api/v1/coordination-actions/**", "/api/v1/aid-deliveries")
					.hasAnyRole("ADMIN", "COORDINATOR")
				.requestMatchers(HttpMethod.GET, "/api/v1/facilities/**").authenticated()
				.requestMatchers(HttpMethod.POST, "/api/v1/facilities/events").hasAnyRole(WRITERS)
				.requestMatchers(HttpMethod.DELETE, "/api/v1/facilities/events/**").hasAnyRole(WRITERS)
				.requestMatchers(HttpMethod.GET, "/api/v1/exports/facilities").hasAnyRole("ADMIN", "COORDINATOR", "ANALYST")
				// staff who check the figures; a partner checks its own source only (the quality service keeps it)
				.requestMatchers(HttpMethod.GET, "/api/v1/quality/returns").authenticated()
				// coordinators approve and withdraw; a data officer submits their area's periods
				.requestMatchers(HttpMethod.GET, "/api/v1/approvals").authenticated()
				.requestMatchers(HttpMethod.POST, "/api/v1/approvals").hasAnyRole("ADMIN", "COORDINATOR", "DATA_OFFICER")
				.requestMatchers(HttpMethod.DELETE, "/api/v1/approvals/*").hasAnyRole("ADMIN", "COORDINATOR")
				.requestMatchers("/actuator/**").hasRole("ADMIN")
				.anyRequest().denyAll())
			.addFilterBefore(new BearerTokenFilter(tokens, (request, response) -> problem(json, request, response, 401,
					"invalid-token", "Invalid API token",
					"The API token is unknown or revoked, or its account is disabled. Ask an administrator for a new one.")),
					BasicAuthenticationFilter.class)
			.addFilterBefore(PasswordChangeRequired.onApi(json), AuthorizationFilter.class)
			.httpBasic(basic -> basic.realmName("Homeward")
				.authenticationEntryPoint((request, response, e) -> problem(json, request, response, 401,
						"unauthenticated", "Authentication required",
						"This request needs credentials: an API token (Authorization: Bearer), or HTTP Basic with a user's name and password.")))
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, e) -> problem(json, request, response, 401,
						"unauthenticated", "Authentication required",
						"This request needs credentials: an API token (Authorization: Bearer), or HTTP Basic with a user's name and password."))
				.accessDeniedHandler((request, response, e) -> problem(json, request, response, 403, "forbidden",
						"Not allowed", "Your account may not do this.")))
			// The API is called by scripts with credentials on every request: no session, no CSRF token.
			// Browser forms (their own chain, with sessions) keep CSRF protection.
			.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/**
	 * The web application: people sign in with a form, get a session that expires, and every form carries a CSRF
	 * token. Pages refuse what they do not allow by sending the visitor to sign in, or with 403.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain webSecurityFilterChain(HttpSecurity http, UserRepository users, ObjectMapper json)
			throws Exception {
		// a user who signs in with a one-time password is sent to choose their own first
		SavedRequestAwareAuthenticationSuccessHandler destination = new SavedRequestAwareAuthenticationSuccessHandler();
		destination.setDefaultTargetUrl("/");
		AuthenticationSuccessHandler signedIn = (request, response, authentication) -> {
			if (users.findByUsername(authentication.getName()).map(UserAccount::mustChangePassword).orElse(false)) {
				response.sendRedirect(request.getContextPath() + PasswordChangeRequired.FORM + "?first");
			}
			else {
				destination.onAuthenticationSuccess(request, response, authentication);
			}
		};
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.GET, PUBLIC_PAGES).permitAll()
				.requestMatchers(HttpMethod.POST, "/login").permitAll()
				.requestMatchers(HttpMethod.POST, "/briefings/issued").hasAnyRole("ADMIN", "COORDINATOR")
				.requestMatchers("/returns", "/returns/**").hasAnyRole("ADMIN", "COORDINATOR", "DATA_OFFICER")
				.requestMatchers("/facilities/upload", "/facilities/upload/**").hasAnyRole("ADMIN", "COORDINATOR", "DATA_OFFICER")
				.requestMatchers(HttpMethod.GET, "/facilities", "/facilities/**")
					.hasAnyRole("ADMIN", "COORDINATOR", "DATA_OFFICER", "ANALYST")
				.requestMatchers("/facilities", "/facilities/**").hasAnyRole("ADMIN", "COORDINATOR", "DATA_OFFICER")
				.requestMatchers(HttpMethod.GET, "/situation").authenticated()
				// a household registered at the crossing by the data officer; the rest of the pages reconcile sources
				.requestMatchers("/registrations/new", "/registrations/households")
				.hasAnyRole("ADMIN", "COORDINATOR", "DATA_OFFICER")
				.requestMatchers("/registrations", "/registrations/**").hasAnyRole("ADMIN", "COORDINATOR")
				.requestMatchers(HttpMethod.GET, "/sources").hasAnyRole("ADMIN", "COORDINATOR", "ANALYST")
				.requestMatchers(HttpMethod.GET, "/quality").hasAnyRole("ADMIN", "COORDINATOR", "ANALYST")
				.requestMatchers(HttpMethod.POST, "/approvals/*/withdraw").hasAnyRole("ADMIN", "COORDINATOR")
				.requestMatchers("/approvals").hasAnyRole("ADMIN", "COORDINATOR", "DATA_OFFICER")
				// what came in from the field: everyone's for headquarters, a data officer's own
				.requestMatchers(HttpMethod.GET, "/collect").hasAnyRole("ADMIN", "COORDINATOR", "DATA_OFFICER")
				.requestMatchers("/admin", "/admin/**").hasRole("ADMIN")
				.requestMatchers("/account/**").authenticated()
				.requestMatchers(HttpMethod.POST, "/logout").authenticated()
				.anyRequest().denyAll())
			// a session acts as its account stands at each request, not as it stood at sign-in
			.securityContext(context -> context.securityContextRepository(new AccountSessions(users)))
			.addFilterBefore(PasswordChangeRequired.onPages(json), AuthorizationFilter.class)
			.formLogin(form -> form.loginPage("/login").successHandler(signedIn).failureUrl("/login?error"))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	private static void problem(ObjectMapper json, HttpServletRequest request, HttpServletResponse response,
			int status, String code, String title, String detail) throws IOException {
		if (status == 401) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Homeward\"");
		}
		ProblemResponse.write(json, request, response, status, code, title, detail);
	}
}

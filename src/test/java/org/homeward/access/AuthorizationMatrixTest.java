package org.homeward.access;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.TestSources;
import org.homeward.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Credentials.admin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every endpoint the application maps, called by every kind of user: a visitor, each role, and a data officer on
 * a record inside and outside their area. The endpoints come from the application's own mappings, so a new
 * endpoint without a line in {@link #EXPECTED} fails this test until someone decides who may call it.
 */
@HomewardIntegrationTest
class AuthorizationMatrixTest {

	/** Who calls: a visitor, a user of each role, and the data officer again on records outside their area. */
	enum Caller {
		VISITOR, ADMIN, COORDINATOR, DATA_OFFICER, DATA_OFFICER_OUTSIDE, ANALYST, PARTNER
	}

	private static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);
	private static final Set<Caller> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Caller.VISITOR));
	private static final Set<Caller> STAFF_WRITERS = EnumSet.of(Caller.ADMIN, Caller.COORDINATOR, Caller.DATA_OFFICER,
			Caller.DATA_OFFICER_OUTSIDE);
	private static final Set<Caller> WRITERS = EnumSet.of(Caller.ADMIN, Caller.COORDINATOR, Caller.DATA_OFFICER,
			Caller.DATA_OFFICER_OUTSIDE, Caller.PARTNER);
	/** Records of an area: the officer outside it is refused. */
	private static final Set<Caller> RECORD_READERS = EnumSet.of(Caller.ADMIN, Caller.COORDINATOR, Caller.DATA_OFFICER,
			Caller.PARTNER);
	private static final Set<Caller> HEADQUARTERS = EnumSet.of(Caller.ADMIN, Caller.COORDINATOR);
	private static final Set<Caller> AGGREGATE_READERS = EnumSet.of(Caller.ADMIN, Caller.COORDINATOR, Caller.ANALYST,
			Caller.PARTNER);
	private static final Set<Caller> ADMINISTRATORS = EnumSet.of(Caller.ADMIN);

	/** Who may call each mapped endpoint ("METHOD pattern"); everyone else must be refused. */
	private static final Map<String, Set<Caller>> EXPECTED = new LinkedHashMap<>();

	static {
		// public: reference data, published figures and briefings, documentation, errors
		for (String endpoint : List.of("GET /api/v1/places", "GET /api/v1/places/{code}", "GET /api/v1/countries",
				"GET /api/v1/countries/{code}", "GET /api/v1/facility-types", "GET /api/v1/briefings",
				"GET /api/v1/briefings/issued", "GET /api/v1/briefings/issued/{id}",
				"GET /api/v1/briefings/issued/{id}/changes", "GET /api/v1/stated-figures/checks", "GET /api/v1/sources", "GET /api/v1/sources/{code}",
				"GET /v3/api-docs", "GET /v3/api-docs.yaml", "GET /v3/api-docs/swagger-config", "GET /swagger-ui.html",
				"GET /", "GET /briefings", "GET /briefings/issued/{id}", "GET /login")) {
			EXPECTED.put(endpoint, EVERYONE);
		}
		EXPECTED.put("POST /api/v1/sources", HEADQUARTERS);
		EXPECTED.put("POST /api/v1/briefings/issued", HEADQUARTERS);
		EXPECTED.put("POST /briefings/issued", HEADQUARTERS);
		// the ledgers: writers, each kept to their area or source by the ledger itself
		EXPECTED.put("POST /api/v1/imports/returns", WRITERS);
		EXPECTED.put("POST /api/v1/imports/facilities", WRITERS);
		EXPECTED.put("POST /api/v1/imports/registrations", WRITERS);
		EXPECTED.put("GET /api/v1/registrations/linkage", HEADQUARTERS);
		EXPECTED.put("GET /api/v1/registrations/people", HEADQUARTERS);
		EXPECTED.put("GET /api/v1/registrations/figures", AGGREGATE_READERS);
		EXPECTED.put("GET /api/v1/registrations/reviews", HEADQUARTERS);
		EXPECTED.put("POST /api/v1/registrations/decisions", HEADQUARTERS);
		EXPECTED.put("POST /api/v1/registrations/households", WRITERS);
		EXPECTED.put("DELETE /api/v1/registrations/decisions/{id}", HEADQUARTERS);
		EXPECTED.put("GET /api/v1/registrations/people/{person}", STAFF_WRITERS);
		EXPECTED.put("GET /api/v1/registrations/people/{person}/export", STAFF_WRITERS);
		EXPECTED.put("DELETE /api/v1/registrations/people/{person}", ADMINISTRATORS);
		EXPECTED.put("POST /api/v1/imports/stated-figures", WRITERS);
		// approval of periods: coordinators approve and withdraw, a data officer submits their area's
		EXPECTED.put("GET /api/v1/approvals", SIGNED_IN);
		EXPECTED.put("POST /api/v1/approvals", STAFF_WRITERS);
		EXPECTED.put("DELETE /api/v1/approvals/{id}", HEADQUARTERS);
		EXPECTED.put("POST /api/v1/returns", WRITERS);
		EXPECTED.put("GET /api/v1/returns/{source}/{id}", RECORD_READERS);
		EXPECTED.put("GET /api/v1/returns/{source}/{id}/versions", RECORD_READERS);
		EXPECTED.put("PUT /api/v1/returns/{source}/{id}", RECORD_READERS);
		EXPECTED.put("DELETE /api/v1/returns/{source}/{id}", RECORD_READERS);
		EXPECTED.put("GET /api/v1/returns/figures", AGGREGATE_READERS);
		EXPECTED.put("GET /api/v1/returns/figures/compare", AGGREGATE_READERS);
		EXPECTED.put("GET /api/v1/exports/returns/figures", AGGREGATE_READERS);
		EXPECTED.put("GET /api/v1/exports/returns", HEADQUARTERS);
		EXPECTED.put("GET /api/v1/exports/facilities", EnumSet.of(Caller.ADMIN, Caller.COORDINATOR, Caller.ANALYST));
		EXPECTED.put("GET /api/v1/facilities/figures", SIGNED_IN);
		EXPECTED.put("GET /api/v1/facilities/{source}/{code}", EnumSet.complementOf(
				EnumSet.of(Caller.VISITOR, Caller.DATA_OFFICER_OUTSIDE)));
		EXPECTED.put("POST /api/v1/facilities/events", WRITERS);
		// quality of the figures: staff signed in, a partner of its own source only
		EXPECTED.put("GET /api/v1/quality/returns", SIGNED_IN);
		EXPECTED.put("DELETE /api/v1/facilities/events/{source}/{id}", WRITERS);
		// the situation: read by anyone signed in, written by headquarters
		for (String read : List.of("GET /api/v1/camps", "GET /api/v1/camps/{code}/population",
				"GET /api/v1/camps/{code}/access", "GET /api/v1/legal-acts", "GET /api/v1/legal-acts/{id}/versions",
				"GET /api/v1/coordination-actions", "GET /api/v1/coordination-actions/{id}/versions",
				"GET /api/v1/aid-deliveries")) {
			EXPECTED.put(read, SIGNED_IN);
		}
		for (String write : List.of("POST /api/v1/camps/{code}/population", "POST /api/v1/camps/{code}/access",
				"POST /api/v1/legal-acts", "PUT /api/v1/legal-acts/{id}", "POST /api/v1/coordination-actions",
				"PUT /api/v1/coordination-actions/{id}", "POST /api/v1/aid-deliveries")) {
			EXPECTED.put(write, HEADQUARTERS);
		}
		// pages
		EXPECTED.put("GET /returns", STAFF_WRITERS);
		EXPECTED.put("GET /returns/export", STAFF_WRITERS);
		EXPECTED.put("GET /returns/new", STAFF_WRITERS);
		EXPECTED.put("POST /returns", STAFF_WRITERS);
		EXPECTED.put("GET /returns/{source}/{id}", EnumSet.of(Caller.ADMIN, Caller.COORDINATOR, Caller.DATA_OFFICER));
		EXPECTED.put("POST /returns/{source}/{id}", EnumSet.of(Caller.ADMIN, Caller.COORDINATOR, Caller.DATA_OFFICER));
		EXPECTED.put("POST /returns/{source}/{id}/void", EnumSet.of(Caller.ADMIN, Caller.COORDINATOR,
				Caller.DATA_OFFICER));
		EXPECTED.put("GET /returns/upload", STAFF_WRITERS);
		EXPECTED.put("GET /facilities/upload", STAFF_WRITERS);
		EXPECTED.put("POST /{kind:returns|facilities}/upload", STAFF_WRITERS);
		EXPECTED.put("GET /{kind:returns|facilities}/upload/template", STAFF_WRITERS);
		EXPECTED.put("GET /facilities", EnumSet.of(Caller.ADMIN, Caller.COORDINATOR, Caller.DATA_OFFICER,
				Caller.DATA_OFFICER_OUTSIDE, Caller.ANALYST));
		EXPECTED.put("GET /facilities/{source}/{code}", EnumSet.of(Caller.ADMIN, Caller.COORDINATOR,
				Caller.DATA_OFFICER, Caller.ANALYST));
		EXPECTED.put("POST /facilities/{source}/{code}/events", EnumSet.of(Caller.ADMIN, Caller.COORDINATOR,
				Caller.DATA_OFFICER));
		EXPECTED.put("GET /situation", SIGNED_IN);
		EXPECTED.put("GET /approvals", STAFF_WRITERS);
		EXPECTED.put("POST /approvals", STAFF_WRITERS);
		EXPECTED.put("POST /approvals/{id}/withdraw", HEADQUARTERS);
		EXPECTED.put("GET /openrosa/formList", WRITERS);
		EXPECTED.put("GET /openrosa/forms/{formId}", WRITERS);
		EXPECTED.put("GET /openrosa/forms/{formId}/manifest", WRITERS);
		EXPECTED.put("HEAD /openrosa/submission", WRITERS);
		EXPECTED.put("POST /openrosa/submission", WRITERS);
		// the same at a device's own URL, where its key is the credential (a visitor's is unknown)
		for (String endpoint : List.of("GET /openrosa/key/{key}/formList", "GET /openrosa/key/{key}/forms/{formId}",
				"GET /openrosa/key/{key}/forms/{formId}/manifest", "HEAD /openrosa/key/{key}/submission",
				"POST /openrosa/key/{key}/submission")) {
			EXPECTED.put(endpoint, WRITERS);
		}
		EXPECTED.put("POST /api/v1/collect/kobo/{formId}", WRITERS);
		// what came in: headquarters everyone's, a data officer their own
		EXPECTED.put("GET /collect", STAFF_WRITERS);
		EXPECTED.put("GET /registrations", HEADQUARTERS);
		EXPECTED.put("GET /registrations/compare", HEADQUARTERS);
		EXPECTED.put("POST /registrations/decisions", HEADQUARTERS);
		EXPECTED.put("GET /registrations/new", STAFF_WRITERS);
		EXPECTED.put("POST /registrations/households", STAFF_WRITERS);
		EXPECTED.put("GET /sources", EnumSet.of(Caller.ADMIN, Caller.COORDINATOR, Caller.ANALYST));
		EXPECTED.put("GET /quality", EnumSet.of(Caller.ADMIN, Caller.COORDINATOR, Caller.ANALYST));
		for (String page : List.of("GET /admin", "GET /admin/users", "POST /admin/users", "GET /admin/users/{id}",
				"POST /admin/users/{id}", "POST /admin/users/{id}/password", "POST /admin/users/{id}/tokens",
				"POST /admin/users/{id}/devices",
				"GET /admin/tokens", "POST /admin/tokens/{id}/revoke", "GET /admin/audit", "GET /admin/audit.csv")) {
			EXPECTED.put(page, ADMINISTRATORS);
		}
		EXPECTED.put("GET /account/password", SIGNED_IN);
		EXPECTED.put("POST /account/password", SIGNED_IN);
	}

	private static final String PASSWORD = "matrix-password-1";
	/** Each user's device key, as the administrator's page showed it. */
	private static final Map<String, String> DEVICE_KEYS = new HashMap<>();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@BeforeEach
	void usersAndRecordsInsideAndOutsideTheOfficersArea() throws Exception {
		if (jdbc.sql("select count(*) from app_user where username = 'matrix-admin'").query(Long.class).single() > 0) {
			return;
		}
		TestSources.register(jdbc, "MATRIX");
		user("matrix-admin", "ADMIN", null, null);
		user("matrix-coordinator", "COORDINATOR", null, null);
		user("matrix-officer", "DATA_OFFICER", "SY02", null);
		user("matrix-analyst", "ANALYST", null, null);
		user("matrix-partner", "PARTNER", null, "MATRIX");
		for (String username : List.of("matrix-admin", "matrix-coordinator", "matrix-officer", "matrix-analyst",
				"matrix-partner")) {
			DEVICE_KEYS.put(username, TestUsers.newDeviceKey(mvc, userId(username)));
		}
		for (String[] record : List.of(new String[] { "IN-1", "SY02" }, new String[] { "OUT-1", "SY01" })) {
			mvc.perform(post("/api/v1/returns").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"id\":\"" + record[0] + "\",\"source\":\"MATRIX\",\"date\":\"2018-10-01\","
						+ "\"category\":\"idp_returnee\",\"persons\":\"5\",\"adm1\":\"" + record[1] + "\"}"))
				.andExpect(status().isCreated());
			mvc.perform(post("/api/v1/facilities/events").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"id\":\"E-" + record[0] + "\",\"source\":\"MATRIX\",\"facility\":\"F-" + record[0]
						+ "\",\"type\":\"school\",\"adm1\":\"" + record[1] + "\",\"status\":\"damaged\","
						+ "\"date\":\"2018-09-01\"}"))
				.andExpect(status().isCreated());
		}
	}

	@Test
	void everyMappedEndpointHasARuleAndEveryCallerGetsWhatTheRuleSays() throws Exception {
		// the servlet container's error dispatch: reached only through a failed request, never called as an endpoint
		List<String> endpoints = mappedEndpoints().stream().filter(endpoint -> !endpoint.equals("GET /error")).toList();
		assertThat(new TreeSet<>(EXPECTED.keySet()))
			.as("every endpoint in the matrix is mapped (remove rules of endpoints that are gone)")
			.isSubsetOf(endpoints);
		List<String> unruled = endpoints.stream().filter(endpoint -> !EXPECTED.containsKey(endpoint)).toList();
		assertThat(unruled).as("endpoints without a rule: add each to EXPECTED with who may call it").isEmpty();

		List<String> wrong = new ArrayList<>();
		int calls = 0;
		for (String endpoint : endpoints) {
			for (Caller caller : Caller.values()) {
				MockHttpServletResponse response = call(endpoint, caller);
				calls++;
				boolean refused = refused(response);
				boolean allowed = EXPECTED.get(endpoint).contains(caller);
				if (allowed == refused || response.getStatus() >= 500) {
					wrong.add(endpoint + " as " + caller + ": " + response.getStatus()
							+ (response.getRedirectedUrl() == null ? "" : " -> " + response.getRedirectedUrl())
							+ (allowed ? " (should be allowed)" : " (should be refused)"));
				}
			}
		}
		assertThat(wrong).as("calls whose answer breaks the matrix").isEmpty();
		assertThat(calls).isEqualTo(endpoints.size() * Caller.values().length);
		assertThat(endpoints).hasSize(EXPECTED.size());
	}

	/** Refused: 401 or 403, or (a page for a visitor) sent to sign in. Anything else means the call got through. */
	private static boolean refused(MockHttpServletResponse response) {
		return response.getStatus() == 401 || response.getStatus() == 403
				|| response.getStatus() == 302 && response.getRedirectedUrl() != null
						&& response.getRedirectedUrl().endsWith("/login");
	}

	private MockHttpServletResponse call(String endpoint, Caller caller) throws Exception {
		String method = endpoint.substring(0, endpoint.indexOf(' '));
		String username = switch (caller) {
			case VISITOR -> null;
			case ADMIN -> "matrix-admin";
			case COORDINATOR -> "matrix-coordinator";
			case DATA_OFFICER, DATA_OFFICER_OUTSIDE -> "matrix-officer";
			case ANALYST -> "matrix-analyst";
			case PARTNER -> "matrix-partner";
		};
		String path = concrete(endpoint.substring(endpoint.indexOf(' ') + 1), caller == Caller.DATA_OFFICER_OUTSIDE,
				username == null ? "hwd_a-visitor-has-no-key" : DEVICE_KEYS.get(username));
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path);
		if (!method.equals("GET")) {
			request.with(csrf());
			if (path.startsWith("/api/")) {
				request.contentType(MediaType.APPLICATION_JSON).content("{}");
			}
		}
		if (username != null && !path.startsWith("/openrosa/key/")) {
			request.with(path.startsWith("/api/") || path.startsWith("/v3/") || path.equals("/error")
					? httpBasic(username, PASSWORD) : sessionOf(username));
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	/** A signed-in browser session of a user, as the form login leaves it. */
	private org.springframework.test.web.servlet.request.RequestPostProcessor sessionOf(String username) {
		String role = jdbc.sql("select r.role from user_role r join app_user u on u.id = r.user_id where u.username = ?")
			.param(username).query(String.class).single();
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(username).roles(role);
	}

	/**
	 * The pattern with sample values: records and facilities inside the officer's area, or outside it; at a device's
	 * URL, the caller's device key.
	 */
	private String concrete(String pattern, boolean outside, String deviceKey) {
		String suffix = outside ? "OUT-1" : "IN-1";
		Matcher variables = Pattern.compile("\\{(\\w+)(:[^}]*)?}").matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (variables.find()) {
			String name = variables.group(1);
			String value = switch (name) {
				case "source" -> "MATRIX";
				case "kind" -> "returns";
				case "person" -> "P-" + suffix;
				case "formId" -> "homeward_returns";
				case "key" -> deviceKey;
				case "code" -> pattern.startsWith("/api/v1/places") ? "SY02"
						: pattern.startsWith("/api/v1/countries") ? "LBN"
						: pattern.startsWith("/api/v1/sources") ? "MATRIX"
						: pattern.contains("camps") ? firstCamp() : "F-" + suffix;
				case "id" -> pattern.contains("returns/") ? suffix : pattern.contains("facilities/events") ? "E-" + suffix
						: pattern.startsWith("/admin/users") ? Long.toString(userId("matrix-analyst")) : "999999";
				default -> throw new IllegalStateException("no sample value for {" + name + "} in " + pattern);
			};
			variables.appendReplacement(path, value);
		}
		variables.appendTail(path);
		return path.toString();
	}

	private String firstCamp() {
		return jdbc.sql("select code from place where kind = 'CAMP' order by code").query(String.class).list().get(0);
	}

	private long userId(String username) {
		return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
	}

	private List<String> mappedEndpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					endpoints.add(method.name() + " " + pattern);
				}
			}
		}
		return new ArrayList<>(endpoints);
	}

	private void user(String username, String role, String area, String source) {
		TestUsers.insert(jdbc, username, PASSWORD, role, area, source);
	}
}

package org.homeward.access;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.QrCodes;
import org.homeward.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/**
 * A phone without a password: an administrator issues a device key for a user and the phone scans its code; at its
 * own URL the phone is served the forms and sends submissions exactly as its user would, until the key is revoked.
 */
@HomewardIntegrationTest
class DeviceKeyIntegrationTest {

	private static final Pattern URL = Pattern.compile("id=\"new-device-url\">(http://localhost/openrosa/key/(hwd_[A-Za-z0-9_-]{43}))<");
	private static final Pattern CODE = Pattern.compile("<svg .*?</svg>");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void anOfficerOfAleppoAndAnAnalyst() {
		if (jdbc.sql("select count(*) from app_user where username = 'device-officer'").query(Long.class).single() > 0) {
			return;
		}
		TestUsers.insert(jdbc, "device-officer", "device-officer-password", "DATA_OFFICER", "SY02", null);
		TestUsers.insert(jdbc, "device-analyst", "device-analyst-password", "ANALYST", null, null);
	}

	@Test
	void anIssuedKeyIsShownOnceAsTheCodeOfCollectsSettingsAndKeptOnlyAsItsHash() throws Exception {
		long officer = userId("device-officer");
		String page = mvc.perform(post("/admin/users/" + officer + "/devices").with(user("admin").roles("ADMIN"))
			.with(csrf()).param("name", "Nasib crossing phone")).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Matcher url = URL.matcher(page);
		assertThat(url.find()).as("the device's URL on the page").isTrue();
		Matcher code = CODE.matcher(page);
		assertThat(code.find()).as("the QR code on the page").isTrue();
		assertThat(QrCodes.collectSettings(QrCodes.read(code.group()))).isEqualTo("{\"general\":{\"server_url\":\""
				+ url.group(1) + "\"},\"admin\":{},\"project\":{\"name\":\"Homeward · Nasib crossing phone\"}}");

		String key = url.group(2);
		assertThat(jdbc.sql("select purpose || ' ' || name || ' ' || prefix || ' ' || length(token_hash) from api_token "
				+ "where user_id = ? and name = 'Nasib crossing phone'").param(officer).query(String.class).single())
			.isEqualTo("device Nasib crossing phone " + key.substring(0, 10) + " 64");
		assertThat(jdbc.sql("select count(*) from api_token where token_hash = ? or prefix = ?").params(key, key)
			.query(Long.class).single()).isZero();
		String listed = mvc.perform(get("/admin/users/" + officer).with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(listed).contains("Nasib crossing phone").contains(key.substring(0, 10) + "…").doesNotContain(key);
		assertThat(jdbc.sql("select details from audit_event where action = 'token.created' and subject_type = 'api_token'"
				+ " and details like '%Nasib crossing phone%'").query(String.class).single())
			.contains("\"purpose\":\"device\"", "\"user\":\"device-officer\"");
	}

	/** The returns form's entry in the form list, which lists the forms by their ids. */
	private static final String RETURNS_ENTRY = "//*[local-name()='xform'][*[local-name()='formID'] = 'homeward_returns']";

	@Test
	void aPhoneAtItsKeyUrlIsServedAndRecordedExactlyAsItsUser() throws Exception {
		String key = issue("device-officer", "Tell Abyad phone");
		String server = "/openrosa/key/" + key;
		mvc.perform(get(server + "/formList").header("X-OpenRosa-Version", "1.0")).andExpect(status().isOk())
			.andExpect(header().string("X-OpenRosa-Version", "1.0"))
			.andExpect(xpath(RETURNS_ENTRY + "/*[local-name()='downloadUrl']").string("http://localhost" + server
					+ "/forms/homeward_returns"))
			.andExpect(xpath(RETURNS_ENTRY + "/*[local-name()='manifestUrl']").string("http://localhost" + server
					+ "/forms/homeward_returns/manifest"));
		// the form of the officer's area, Aleppo, as with the officer's password
		String form = mvc.perform(get(server + "/forms/homeward_returns")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(form).contains("<value>SY02</value>").doesNotContain("<value>SY01</value>");
		mvc.perform(get(server + "/forms/homeward_returns/manifest")).andExpect(status().isOk())
			.andExpect(xpath("/*[local-name()='manifest']").exists());
		mvc.perform(head(server + "/submission")).andExpect(status().isNoContent())
			.andExpect(header().string("X-OpenRosa-Accept-Content-Length", "10000000"));

		String count = """
				<data id="homeward_returns"><date>2018-10-19</date><category>idp_returnee</category>\
				<persons>37</persons><adm1>SY02</adm1><meta><instanceID>uuid:device-key-1</instanceID></meta></data>""";
		submit(server, count).andExpect(status().isCreated());
		submit(server, count).andExpect(status().isAccepted())
			.andExpect(xpath("//*[local-name()='message']").string("Already received: nothing changed."));
		assertThat(jdbc.sql("select persons || ' ' || adm1_code || ' ' || recorded_by from return_record "
				+ "where record_id = 'uuid:device-key-1'").query(String.class).list())
			.containsExactly("37 SY02 device-officer");
		// the officer's area holds on the phone as anywhere: a count of Damascus is refused
		submit(server, count.replace("SY02", "SY01").replace("device-key-1", "device-key-2"))
			.andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select count(*) from return_record where record_id = 'uuid:device-key-2'").query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from api_token where name = 'Tell Abyad phone' and last_used_at is not null")
			.query(Long.class).single()).isOne();
	}

	@Test
	void aRevokedOrUnknownKeyIsRefusedWithAMessageThePhoneShowsAndNothingIsWritten() throws Exception {
		String key = issue("device-officer", "Lost phone");
		long id = jdbc.sql("select id from api_token where name = 'Lost phone'").query(Long.class).single();
		mvc.perform(post("/admin/tokens/" + id + "/revoke").with(user("admin").roles("ADMIN")).with(csrf())
			.param("reason", "phone lost at the crossing").param("user", Long.toString(userId("device-officer"))))
			.andExpect(status().is3xxRedirection());
		String count = """
				<data id="homeward_returns"><date>2018-10-19</date><category>idp_returnee</category>\
				<persons>5</persons><adm1>SY02</adm1><meta><instanceID>uuid:revoked-key-1</instanceID></meta></data>""";
		for (String server : java.util.List.of("/openrosa/key/" + key, "/openrosa/key/hwd_no-such-key")) {
			submit(server, count).andExpect(status().isForbidden())
				.andExpect(header().string("X-OpenRosa-Version", "1.0"))
				.andExpect(header().doesNotExist("WWW-Authenticate"))
				.andExpect(xpath("//*[local-name()='message']").string(
						"This device's key is unknown or revoked. Ask an administrator for a new one and scan its code."));
			mvc.perform(get(server + "/formList")).andExpect(status().isForbidden());
		}
		assertThat(jdbc.sql("select count(*) from return_record where record_id = 'uuid:revoked-key-1'")
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select reason from audit_event where action = 'token.revoked' and subject_id = ?")
			.param(Long.toString(id)).query(String.class).single()).isEqualTo("phone lost at the crossing");
	}

	@Test
	void aKeyOpensOnlyItsOwnDoor() throws Exception {
		String key = issue("device-officer", "Door phone");
		String apiToken = TestUsers.newToken(mvc, userId("device-officer"));
		// a device key is no API token, and an API token is no device key
		mvc.perform(get("/api/v1/returns/figures").param("asOf", "2018-10-22").header("Authorization", "Bearer " + key))
			.andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("invalid-token"));
		mvc.perform(get("/openrosa/key/" + apiToken + "/formList")).andExpect(status().isForbidden());
		// a key of a user who may not write opens nothing, and says why
		String analysts = issue("device-analyst", "Analyst's tablet");
		mvc.perform(get("/openrosa/key/" + analysts + "/formList")).andExpect(status().isForbidden())
			.andExpect(xpath("//*[local-name()='message']")
				.string("Your account may not send records. Ask an administrator for a role that does."));
		mvc.perform(get("/openrosa/key/" + key + "/formList")).andExpect(status().isOk());
	}

	@Test
	void refusesADeviceWithoutANameAndIssuesNothing() throws Exception {
		long analyst = userId("device-analyst");
		long before = jdbc.sql("select count(*) from api_token where user_id = ?").param(analyst).query(Long.class).single();
		String page = mvc.perform(post("/admin/users/" + analyst + "/devices").with(user("admin").roles("ADMIN"))
			.with(csrf()).param("name", "  ")).andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Name the device after who carries it or where (1 to 100 characters)")
			.doesNotContain("new-device-url");
		assertThat(jdbc.sql("select count(*) from api_token where user_id = ?").param(analyst).query(Long.class).single())
			.isEqualTo(before);
	}

	private String issue(String username, String name) throws Exception {
		String page = mvc.perform(post("/admin/users/" + userId(username) + "/devices").with(user("admin").roles("ADMIN"))
			.with(csrf()).param("name", name)).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Matcher url = URL.matcher(page);
		assertThat(url.find()).as("the device's URL on the page").isTrue();
		return url.group(2);
	}

	private ResultActions submit(String server, String xml) throws Exception {
		return mvc.perform(multipart(server + "/submission")
			.file(new MockMultipartFile("xml_submission_file", "homeward_returns.xml", "text/xml",
					xml.getBytes(StandardCharsets.UTF_8)))
			.header("X-OpenRosa-Version", "1.0"));
	}

	private long userId(String username) {
		return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
	}
}

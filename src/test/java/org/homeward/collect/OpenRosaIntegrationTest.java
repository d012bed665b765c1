package org.homeward.collect;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.TestSources;
import org.homeward.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/**
 * The OpenRosa server as ODK Collect talks to it: a HEAD before the first submission answered with the challenge
 * Collect expects, the form list and the form limited to the user's area, and submissions as Collect sends them
 * (multipart, {@code xml_submission_file}, the OpenRosa headers), some without the {@code orx} namespace or the
 * {@code uuid:} prefix; each once, a re-send changing nothing, an edit a correction.
 */
@HomewardIntegrationTest
class OpenRosaIntegrationTest {

	private static final String PASSWORD = "openrosa-phone-password";
	private static final String SOURCE = "PHONEPART";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void aPartnerWithAPhoneAndAnOfficerOfAleppo() {
		if (jdbc.sql("select count(*) from app_user where username = 'phone-partner'").query(Long.class).single() > 0) {
			return;
		}
		TestSources.register(jdbc, SOURCE);
		TestUsers.insert(jdbc, "phone-partner", PASSWORD, "PARTNER", null, SOURCE);
		TestUsers.insert(jdbc, "phone-officer", PASSWORD, "DATA_OFFICER", "SY02", null);
		TestUsers.insert(jdbc, "phone-analyst", PASSWORD, "ANALYST", null, null);
	}

	@Test
	void challengesAPhoneWithoutCredentialsAsCollectExpectsAndAcceptsAfter() throws Exception {
		mvc.perform(head("/openrosa/submission").header("X-OpenRosa-Version", "1.0"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Basic realm=\"Homeward\""));
		mvc.perform(head("/openrosa/submission").header("X-OpenRosa-Version", "1.0").with(as("phone-partner")))
			.andExpect(status().isNoContent())
			.andExpect(header().string("X-OpenRosa-Version", "1.0"))
			.andExpect(header().string("X-OpenRosa-Accept-Content-Length", "10000000"));
		mvc.perform(get("/openrosa/formList").with(as("phone-analyst"))).andExpect(status().isForbidden());
	}

	@Test
	void listsTheFormAndServesItWithTheChoicesOfTheOfficersAreaOnly() throws Exception {
		mvc.perform(get("/openrosa/formList").with(as("phone-officer")).header("X-OpenRosa-Version", "1.0"))
			.andExpect(status().isOk())
			.andExpect(header().string("X-OpenRosa-Version", "1.0"))
			.andExpect(xpath("/*[local-name()='xforms']/*[local-name()='xform']/*[local-name()='formID']").nodeCount(3))
			.andExpect(xpath("(//*[local-name()='formID'])[1]").string("homeward_facility"))
			.andExpect(xpath("(//*[local-name()='formID'])[2]").string("homeward_household"))
			.andExpect(xpath("(//*[local-name()='formID'])[3]").string("homeward_returns"))
			.andExpect(xpath("(//*[local-name()='downloadUrl'])[3]").string("http://localhost/openrosa/forms/homeward_returns"))
			.andExpect(xpath("(//*[local-name()='manifestUrl'])[3]")
				.string("http://localhost/openrosa/forms/homeward_returns/manifest"));
		String form = mvc.perform(get("/openrosa/forms/homeward_returns").with(as("phone-officer")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Document document = parse(form);
		assertThat(document.getDocumentElement().getLocalName()).isEqualTo("html");
		// the officer of Aleppo chooses among Aleppo only, its districts only, named in three languages
		assertThat(form).contains("<item><label ref=\"jr:itext('place:SY02')\"/><value>SY02</value></item>")
			.doesNotContain("<value>SY01</value>").doesNotContain("<parent>SY01</parent>")
			.contains("<translation lang=\"Русский\">", "<translation lang=\"العربية\">",
					"<text id=\"place:SY02\"><value>حلب</value></text>");
		String coordinators = mvc.perform(get("/openrosa/forms/homeward_returns").with(as("phone-partner")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(coordinators).contains("<value>SY01</value>", "<value>SY02</value>");
		mvc.perform(get("/openrosa/forms/no_such_form").with(as("phone-partner"))).andExpect(status().isNotFound())
			.andExpect(header().string("X-OpenRosa-Version", "1.0"));
	}

	@Test
	void recordsEachSubmissionOnceAndAnEditAsACorrection() throws Exception {
		String first = """
				<?xml version='1.0' ?><data id="homeward_returns" version="1" xmlns:jr="http://openrosa.org/javarosa">\
				<date>2018-10-20</date><category>refugee_returnee</category><persons>120</persons><adm1>SY02</adm1>\
				<adm2/><adm3/><adm4/><origin_country>LBN</origin_country><origin_adm1/><entry/><female>70</female>\
				<male>50</male><households>24</households><meta><instanceID>6a1b3c0e-phone-1</instanceID></meta></data>""";
		submit(first).andExpect(status().isCreated())
			.andExpect(header().string("X-OpenRosa-Version", "1.0"))
			.andExpect(xpath("//*[local-name()='message']").string("Received: the submission is recorded."));
		submit(first).andExpect(status().isAccepted())
			.andExpect(xpath("//*[local-name()='message']").string("Already received: nothing changed."));
		assertFigures(120);

		// the same count edited on the phone: orx meta as Collect writes it, with the id it replaces
		String edited = """
				<?xml version='1.0' ?><data id="homeward_returns" xmlns:orx="http://openrosa.org/xforms">\
				<date>2018-10-20</date><category>refugee_returnee</category><persons>125</persons><adm1>SY02</adm1>\
				<origin_country>LBN</origin_country><female>75</female><male>50</male>\
				<orx:meta><orx:instanceID>6a1b3c0e-phone-1</orx:instanceID>\
				<orx:deprecatedID>6a1b3c0e-phone-1</orx:deprecatedID></orx:meta></data>""";
		submit(edited).andExpect(status().isCreated());
		assertFigures(125);
		assertThat(jdbc.sql("select version || ' ' || coalesce(reason, '') from return_record where source_code = ? "
				+ "and record_id = '6a1b3c0e-phone-1' order by version").param(SOURCE).query(String.class).list())
			.containsExactly("1 ", "2 Edited on the phone: replaces submission 6a1b3c0e-phone-1.");
	}

	@Test
	void takesWhatRealPhonesSendBeyondTheSpecificationsExamples() throws Exception {
		// start and end as a form of the field's own design records them, with the offsets phones write (+03,
		// -5:00), no orx declaration, an instanceID without uuid:, and the same submission sent a second time as
		// the next part of one split over two requests
		String phone = """
				<data id="homeward_returns" version="1"><start>2018-10-21T07:12:03.000+03</start>\
				<end>2018-10-21T07:14:41.512-5:00</end><date>2018-10-21</date><category>idp_returnee</category>\
				<persons>31</persons><adm1>SY02</adm1><female>16</female><male>15</male>\
				<meta><instanceID>a7c2-phone-offsets</instanceID></meta></data>""";
		submit(phone).andExpect(status().isCreated());
		submit(phone).andExpect(status().isAccepted());
		assertThat(jdbc.sql("select persons || ' ' || female || ' ' || male from return_record where source_code = ? "
				+ "and record_id = 'a7c2-phone-offsets'").param(SOURCE).query(String.class).list())
			.containsExactly("31 16 15");
	}

	@Test
	void refusesWhatTheServerWouldRefuseWithAMessageThePhoneShowsAndWritesNothing() throws Exception {
		String noHostCountry = """
				<data id="homeward_returns"><date>2018-10-21</date><category>refugee_returnee</category>\
				<persons>10</persons><adm1>SY02</adm1><meta><instanceID>uuid:refused-1</instanceID></meta></data>""";
		submit(noHostCountry).andExpect(status().isBadRequest())
			.andExpect(header().string("X-OpenRosa-Version", "1.0"))
			.andExpect(xpath("//*[local-name()='message']").string(org.hamcrest.Matchers.containsString("origin_country")));
		submit("<data id=\"homeward_returns\"><date>2018-10-21</date></data>").andExpect(status().isBadRequest())
			.andExpect(xpath("//*[local-name()='message']").string(org.hamcrest.Matchers.containsString("instanceID")));
		submit("<!DOCTYPE data [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><data id=\"homeward_returns\">&x;</data>")
			.andExpect(status().isBadRequest());
		submit("<data id=\"someone_elses_form\"><meta><instanceID>x</instanceID></meta></data>")
			.andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select count(*) from return_record where source_code = ? and record_id like '%refused%'")
			.param(SOURCE).query(Long.class).single()).isZero();
	}

	private void assertFigures(int persons) throws Exception {
		mvc.perform(get("/api/v1/briefings").param("asOf", "2018-10-22").param("source", SOURCE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.returns.refugeeReturneesByOriginCountry.LBN").value(persons));
	}

	private ResultActions submit(String xml) throws Exception {
		// as ODK Collect sends it: the instance as a file part named xml_submission_file, the OpenRosa headers
		return mvc.perform(multipart("/openrosa/submission")
			.file(new MockMultipartFile("xml_submission_file", "homeward_returns_2018-10-20.xml", "text/xml",
					xml.getBytes(StandardCharsets.UTF_8)))
			.header("X-OpenRosa-Version", "1.0").header("Date", "Mon, 22 Oct 2018 07:12:03 GMT+03:00")
			.with(as("phone-partner")));
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	private static RequestPostProcessor as(String username) {
		return httpBasic(username, PASSWORD);
	}
}

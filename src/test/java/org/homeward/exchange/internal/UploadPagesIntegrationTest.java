package org.homeward.exchange.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.homeward.geography.HomeCountry;
import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.SourceOfItsOwn;
import org.homeward.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Credentials.admin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A newcomer finds on the upload page the columns of the file and a template to fill in, and below the form the
 * latest imports of their area: who sent which file, when, and what it did.
 */
@HomewardIntegrationTest
class UploadPagesIntegrationTest {

	private static final String RETURN_COLUMNS = "Id,Source,Date,Category,Persons,Governorate,Void\n"
			+ "#meta+id,#meta+source,#date,#affected+type,#affected+returnees,#adm1+code,#meta+void\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HomeCountry country;

	@SourceOfItsOwn("UP")
	String source;

	@BeforeEach
	void officersOfAleppoAndIdleb() {
		if (jdbc.sql("select count(*) from app_user where username = 'upload-aleppo'").query(Long.class).single() == 0) {
			TestUsers.insert(jdbc, "upload-aleppo", "unused-password", "DATA_OFFICER", "SY02", null);
			TestUsers.insert(jdbc, "upload-aleppo-2", "unused-password", "DATA_OFFICER", "SY02", null);
			TestUsers.insert(jdbc, "upload-idleb", "unused-password", "DATA_OFFICER", "SY07", null);
			jdbc.sql("update app_user set display_name = 'Layla Haddad' where username = 'upload-aleppo'").update();
		}
	}

	@Test
	void listsExactlyTheHashtagsOfTheReturnsContractInItsOrder() throws Exception {
		String page = page("/returns/upload", user("admin").roles("ADMIN"), "en");
		assertThat(codes(page, "#")).containsExactly("#meta+id", "#meta+source", "#date", "#affected+type",
				"#affected+returnees", "#adm1+code", "#adm2+code", "#adm3+code", "#adm4+code", "#country+origin+code",
				"#adm1+origin+code", "#loc+entry+code", "#affected+returnees+f", "#affected+returnees+m",
				"#affected+returnees+age0_4", "#affected+returnees+age5_11", "#affected+returnees+age12_17",
				"#affected+returnees+age18_59", "#affected+returnees+age60plus", "#affected+returnees+hh",
				"#meta+void");
		assertThat(page).contains("<td>yes</td>", "<strong>Persons</strong>: <span>Number of people who came home: a "
				+ "whole number, 0 or more.</span>", "<code dir=\"ltr\">JDAYDET_YABOUS</code>",
				"section 1, “Return counts”, of the exchange contract (docs/exchange.md");
	}

	@Test
	void describesTheColumnsInArabicAndRussianKeepingTheHashtagsLeftToRight() throws Exception {
		String arabic = page("/returns/upload", user("admin").roles("ADMIN"), "ar");
		assertThat(arabic).contains("<code dir=\"ltr\">#affected+returnees</code>",
				"<strong>الأشخاص</strong>: <span>عدد الأشخاص العائدين: عدد صحيح لا يقل عن 0.</span>",
				"الملفات المرفوضة لا يُكتب منها شيء، ولذلك لا تظهر هنا.", "تنزيل قالب (CSV)")
			.doesNotContain("What it holds", "Latest imports", "Number of people");
		String russian = page("/facilities/upload", user("admin").roles("ADMIN"), "ru");
		assertThat(russian).contains("<code dir=\"ltr\">#loc+facility+code</code>",
				"<strong>Объект</strong>: <span>Постоянный код объекта, не повторяющийся у одного источника.</span>",
				"Последние загрузки", "разделе 2 «Статусы объектов»")
			.doesNotContain("What it holds", "Latest imports");
	}

	/** The hashtags are quoted as the exports write them: CSV quotes a cell that starts with #. */
	@Test
	void givesATemplateOfHeadersAndHashtagsThatTheImporterReadsAsAFileWithNoRows() throws Exception {
		byte[] template = mvc.perform(get("/returns/upload/template").header("Accept-Language", "en")
				.with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"returns-template.csv\""))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(template, StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
				+ "Id,Source,Date,Category,Persons,Governorate,District,Sub-district,Community,Host country,"
				+ "Displaced in,Entry point,Women and girls,Men and boys,Aged 0–4,Aged 5–11,Aged 12–17,Aged 18–59,"
				+ "Aged 60 and over,Households,Void\r\n"
				+ "\"#meta+id\",\"#meta+source\",\"#date\",\"#affected+type\",\"#affected+returnees\","
				+ "\"#adm1+code\",\"#adm2+code\",\"#adm3+code\",\"#adm4+code\",\"#country+origin+code\","
				+ "\"#adm1+origin+code\",\"#loc+entry+code\",\"#affected+returnees+f\",\"#affected+returnees+m\","
				+ "\"#affected+returnees+age0_4\",\"#affected+returnees+age5_11\",\"#affected+returnees+age12_17\","
				+ "\"#affected+returnees+age18_59\",\"#affected+returnees+age60plus\",\"#affected+returnees+hh\","
				+ "\"#meta+void\"\r\n");
		answersOnlyThatItHasNoDataRows("returns", template);
	}

	@Test
	void givesAFacilityTemplateInTheReadersLanguageThatTheImporterReadsAsAFileWithNoRows() throws Exception {
		byte[] template = mvc.perform(get("/facilities/upload/template").header("Accept-Language", "ru")
				.with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(template, StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
				+ "Номер события,Источник,Объект,Название,Тип,Провинция,Район,Нахия,Населённый пункт,Статус,Дата,"
				+ "Аннулировать\r\n"
				+ "\"#meta+id\",\"#meta+source\",\"#loc+facility+code\",\"#loc+facility+name\","
				+ "\"#loc+facility+type\",\"#adm1+code\",\"#adm2+code\",\"#adm3+code\",\"#adm4+code\",\"#status\","
				+ "\"#date\",\"#meta+void\"\r\n");
		answersOnlyThatItHasNoDataRows("facilities", template);
	}

	@Test
	void showsAnImportWithWhoSentItWhenAndWhatItDid() throws Exception {
		RequestPostProcessor layla = user("upload-aleppo").roles("DATA_OFFICER");
		long id = aWeekThenItsCorrection(layla);
		Instant at = jdbc.sql("select imported_at from return_import where id = ?").param(id).query(Instant.class).single();
		String moment = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK).withZone(country.timeZone())
			.format(at);
		for (RequestPostProcessor reader : List.of(user("admin").roles("ADMIN"), layla)) {
			assertThat(historyRow(page("/returns/upload", reader, "en"), id))
				.containsExactly(moment, "week-43.csv", "Layla Haddad", "4", "1", "1", "1", "1", "show");
		}
	}

	@Test
	void keepsTheImportsOfAnAreaFromAnOfficerOfAnotherArea() throws Exception {
		upload(user("upload-aleppo").roles("DATA_OFFICER"), "aleppo.csv", rows("e,%1$s,2018-10-20,idp_returnee,10,SY02,"));
		upload(user("upload-idleb").roles("DATA_OFFICER"), "idleb.csv", rows("f,%1$s,2018-10-20,idp_returnee,7,SY07,"));
		long aleppo = importOf("aleppo.csv");
		long idleb = importOf("idleb.csv");
		String outside = page("/returns/upload", user("upload-idleb").roles("DATA_OFFICER"), "en");
		assertThat(outside).contains("id=\"import-" + idleb + "\"").doesNotContain("id=\"import-" + aleppo + "\"",
				"aleppo.csv", "Layla Haddad");
		String colleague = page("/returns/upload", user("upload-aleppo-2").roles("DATA_OFFICER"), "en");
		assertThat(colleague).contains("id=\"import-" + aleppo + "\"").doesNotContain("id=\"import-" + idleb + "\"");
	}

	@Test
	void linksAnImportToTheRecordsWhoseCurrentVersionItWrote() throws Exception {
		RequestPostProcessor layla = user("upload-aleppo").roles("DATA_OFFICER");
		long id = aWeekThenItsCorrection(layla);
		String upload = page("/returns/upload", layla, "en");
		assertThat(upload).contains("href=\"/returns?import=" + id + "&amp;voided=true\"");
		String records = page("/returns?import=" + id + "&voided=true", layla, "en");
		assertThat(codes(records, "/returns/" + source + "/")).containsExactly("d", "b", "c");
		assertThat(records).contains("Records whose current version import " + id + " wrote.");
		// the page's file holds the same import's records, voids left out as the file has no column for them
		assertThat(records).contains("href=\"/returns/export?import=" + id + "&amp;sort=-day\"");
		String file = mvc.perform(get("/returns/export").param("import", String.valueOf(id)).with(layla))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(file.lines().skip(2).toList()).containsExactly(
				"d," + source + ",2018-10-21,idp_returnee,40,SY02,,,,,,,,,,,,,,",
				"b," + source + ",2018-10-20,idp_returnee,25,SY02,,,,,,,,,,,,,,");
	}

	@Test
	void sendsAVisitorToSignInAndRefusesAnAnalystTheTemplates() throws Exception {
		mvc.perform(get("/returns/upload/template")).andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/facilities/upload/template")).andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/facilities/upload/template").with(user("analyst").roles("ANALYST")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/returns/upload/template").with(user("partner").roles("PARTNER")))
			.andExpect(status().isForbidden());
	}

	/**
	 * The importer reads the template's columns whole (a missing or doubled column would be named first) and
	 * refuses it only for what it lacks on purpose: data rows. Nothing is written.
	 */
	private void answersOnlyThatItHasNoDataRows(String kind, byte[] template) throws Exception {
		long before = jdbc.sql("select (select count(*) from return_import) + (select count(*) from facility_import)")
			.query(Long.class).single();
		mvc.perform(post("/api/v1/imports/" + kind).with(admin()).contentType("text/csv").content(template))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].column").doesNotExist())
			.andExpect(jsonPath("$.errors[0].message").value("The input has no data rows: nothing to record."));
		assertThat(jdbc.sql("select (select count(*) from return_import) + (select count(*) from facility_import)")
			.query(Long.class).single()).isEqualTo(before);
	}

	/**
	 * Three records of a week, then a file that sends one again unchanged, corrects one, voids one and adds one;
	 * answers the second import.
	 */
	private long aWeekThenItsCorrection(RequestPostProcessor officer) throws Exception {
		upload(officer, "week-42.csv", rows("a,%1$s,2018-10-20,idp_returnee,10,SY02,",
				"b,%1$s,2018-10-20,idp_returnee,20,SY02,",
				"c,%1$s,2018-10-20,idp_returnee,30,SY02,"));
		upload(officer, "week-43.csv", rows("a,%1$s,2018-10-20,idp_returnee,10,SY02,",
				"b,%1$s,2018-10-20,idp_returnee,25,SY02,",
				"c,%1$s,,,,,true",
				"d,%1$s,2018-10-21,idp_returnee,40,SY02,"));
		return importOf("week-43.csv");
	}

	private String rows(String... rows) {
		StringBuilder csv = new StringBuilder(RETURN_COLUMNS);
		for (String row : rows) {
			csv.append(row.formatted(source)).append('\n');
		}
		return csv.toString();
	}

	private void upload(RequestPostProcessor who, String fileName, String csv) throws Exception {
		String page = mvc.perform(multipart("/returns/upload")
				.file(new MockMultipartFile("file", fileName, "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.param("key", UUID.randomUUID().toString()).with(who).with(csrf()).header("Accept-Language", "en"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(fileName + ": the file was applied");
	}

	/** The import of this test's source sent under a file name. */
	private long importOf(String fileName) {
		return jdbc.sql("""
				select distinct i.id from return_import i join return_record r on r.import_id = i.id
				 where i.file_name = ? and r.source_code = ?
				""").params(fileName, source).query(Long.class).single();
	}

	private String page(String path, RequestPostProcessor who, String language) throws Exception {
		return mvc.perform(get(path).with(who).header("Accept-Language", language)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** The texts of the page's {@code <code dir="ltr">} cells, or of its links under a path, that start so. */
	private static List<String> codes(String page, String start) {
		Pattern pattern = start.startsWith("#")
				? Pattern.compile("<code dir=\"ltr\">(" + Pattern.quote(start) + "[^<]*)</code>")
				: Pattern.compile("href=\"" + Pattern.quote(start) + "([^\"]*)\"");
		Matcher found = pattern.matcher(page);
		List<String> codes = new ArrayList<>();
		while (found.find()) {
			codes.add(found.group(1));
		}
		return codes;
	}

	/** The cells of an import's row in the history, as text. */
	private static List<String> historyRow(String page, long id) {
		Matcher row = Pattern.compile("<tr id=\"import-" + id + "\">(.*?)</tr>", Pattern.DOTALL).matcher(page);
		assertThat(row.find()).as("the row of import " + id).isTrue();
		Matcher cell = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(row.group(1));
		List<String> cells = new ArrayList<>();
		while (cell.find()) {
			cells.add(cell.group(1).replaceAll("<[^>]+>", "").strip());
		}
		return cells;
	}
}

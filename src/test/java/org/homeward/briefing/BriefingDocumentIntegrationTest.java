package org.homeward.briefing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.HxlCsv;
import org.homeward.support.TestSources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.support.Credentials.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The briefing as documents: the HTML page and the PDF in three languages, with the charts drawn, Arabic shaped
 * and right to left, Cyrillic intact and the fonts embedded. Each PDF page is also written as a PNG under
 * target/briefing-pages for a person to look at.
 */
@HomewardIntegrationTest
class BriefingDocumentIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void records() throws Exception {
		if (jdbc.sql("select count(*) from source where code = 'DOCS'").query(Long.class).single() > 0) {
			return;
		}
		TestSources.register(jdbc, "DOCS");
		List<String> rows = new ArrayList<>();
		rows.add("d1,DOCS,2018-06-01,idp_returnee,1000000,SY02,,,,,,");
		rows.add("d2,DOCS,2018-08-15,refugee_returnee,900,SY03,,LBN,,,,");
		rows.add("d3,DOCS,2018-10-16,refugee_returnee,800,SY12,,JOR,,,,");
		rows.add("d4,DOCS,2018-10-20,idp_returnee,500,SY05,,,,,,");
		rows.add("d5,DOCS,2018-09-20,refugee_returnee,300,SY02,,TUR,,,,");
		csv("/api/v1/imports/returns", HxlCsv.returns(rows));
		csv("/api/v1/imports/facilities", """
				Event,Source,Facility,Type,Governorate,Community,Status,Date
				#meta+id,#meta+source,#loc+facility+code,#loc+facility+type,#adm1+code,#adm4+code,#status,#date
				s1,DOCS,S1,school,SY07,C4278,in_operation,2018-10-18
				b1,DOCS,B1,bakery,SY07,C4278,works_under_way,2018-09-01
				b2,DOCS,B2,bakery,SY05,,works_under_way,2018-09-02
				r1,DOCS,R1,residential_building,SY05,,works_under_way,2018-09-02
				""");
		mvc.perform(post("/api/v1/legal-acts").with(admin()).contentType("application/json").content("""
				{"number": "18", "title": "the decree on granting amnesty", "kind": "amnesty", "signedOn": "2018-10-09",
				 "source": "DOCS"}""")).andExpect(status().isCreated());
	}

	@Test
	void thePageCarriesTheTextTheFiguresTheChartsAndHowToAskForThemAgain() throws Exception {
		String html = document("en", "html").getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("<html lang=\"en\" dir=\"ltr\">", "<h1>Briefing as of 22 October 2018</h1>",
				"As of 22 October 2018, 1,002,500 citizens have returned to the country.",
				"<th scope=\"row\">Returned to the country in all</th><td>1,002,500</td>",
				"<th scope=\"row\">Returned from abroad</th><td>2,000</td>",
				"<th scope=\"row\">Schools</th><td>1</td>", "<th scope=\"row\">Bakeries</th><td>2</td>",
				"<th scope=\"row\">Settlements with works under way</th><td>2</td>",
				"<th scope=\"row\">Jordan</th><td>800</td>", "<th scope=\"row\">Aleppo</th><td>1,000,300</td>",
				"/api/v1/briefings?asOf=2018-10-22&amp;days=7&amp;source=DOCS&amp;knownAt=",
				"<link rel=\"stylesheet\" href=\"/css/briefing.css\" />",
				"<link rel=\"stylesheet\" href=\"/css/briefing-browser.css\" />", "Not issued");
		// The server's page keeps to its content security policy: no inline style, charts as data images.
		assertThat(html).doesNotContain("<style");
		assertThat(html.split("<img src=\"data:image/png;base64,", -1)).hasSize(5);
	}

	@Test
	void theArabicPageRunsRightToLeftWithArabicDigits() throws Exception {
		String html = document("ar", "html").getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("<html lang=\"ar\" dir=\"rtl\">", "<td>١٬٠٠٢٬٥٠٠</td>", "الأردن");
	}

	@Test
	void theArabicPdfEmbedsItsFontsShapesArabicAndDrawsTheCharts() throws Exception {
		byte[] pdf = document("ar", "pdf").getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			save(document, "ar");
			assertThat(fontsNotEmbedded(document)).isEmpty();
			assertThat(images(document)).isEqualTo(4);
			// Letters drawn in their joined (initial, medial, final) forms: the text was shaped, not set letter by
			// letter. The glyphs' own code points are read, before text extraction folds them back.
			StringBuilder glyphs = new StringBuilder();
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void processTextPosition(TextPosition text) {
					glyphs.append(text.getUnicode());
					super.processTextPosition(text);
				}
			};
			String text = stripper.getText(document);
			assertThat(glyphs.codePoints().filter(c -> c >= 0xFE70 && c <= 0xFEFC).count()).isGreaterThan(500);
			assertThat(text).contains("إحاطة بتاريخ", "مجموع العائدين إلى البلاد ١٬٠٠٢٬٥٠٠", "مخابز ٢");
			save(document, "ar");
		}
	}

	@Test
	void theRussianAndEnglishPdfsCarryTheirTextAndFigures() throws Exception {
		try (PDDocument document = Loader.loadPDF(document("ru", "pdf").getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ').replace('\u202f', ' ');
			assertThat(text).contains("Брифинг на 22 октября 2018", "Всего вернулись в страну", "1 002 500",
					"Иордания");
			assertThat(fontsNotEmbedded(document)).isEmpty();
			save(document, "ru");
		}
		try (PDDocument document = Loader.loadPDF(document("en", "pdf").getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Briefing as of 22 October 2018", "1,002,500", "Where these figures come from");
			assertThat(images(document)).isEqualTo(4);
			save(document, "en");
		}
	}

	@Test
	void anIssuedBriefingIsAnsweredAsItWasIssued() throws Exception {
		String location = mvc.perform(post("/api/v1/briefings/issued").with(admin()).param("asOf", "2018-10-22")
				.param("source", "DOCS")).andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
		String html = mvc.perform(get(location).param("format", "html")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Issued on", ". This document is kept unchanged.",
				location.substring(location.indexOf("/api/")) + "?lang=en").doesNotContain("by admin");
		MockHttpServletResponse pdf = mvc.perform(get(location).param("format", "pdf").param("lang", "ru"))
			.andExpect(status().isOk()).andReturn().getResponse();
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		assertThat(pdf.getHeader("Content-Disposition")).startsWith("inline; filename=\"briefing-2018-10-22-DOCS-issued-");
	}

	@Test
	void aBriefingIssuedWithAControlCharacterInItsTextAndItsSourceNameStillRendersAsPdf() throws Exception {
		TestSources.register(jdbc, "CTRL");
		mvc.perform(post("/api/v1/legal-acts").with(admin()).contentType("application/json").content("""
				{"number": "7", "title": "Decree on controls", "kind": "decree", "signedOn": "2018-10-20",
				 "source": "CTRL"}""")).andExpect(status().isCreated());
		String location = mvc.perform(post("/api/v1/briefings/issued").with(admin()).param("asOf", "2018-10-22")
				.param("source", "CTRL")).andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		// stored before control characters were refused at entry: in the frozen JSON (escaped) and in the registry
		jdbc.sql("update briefing_issue set document_en = replace(document_en, 'Decree on controls', ?) where id = ?")
			.params("Decree \\u0001on controls\\uFFFF", id).update();
		jdbc.sql("update source set name = ? where code = 'CTRL'").param("Control\u0007 source").update();
		assertThat(mvc.perform(get(location).param("lang", "en")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("Decree \\u0001on controls\\uFFFF");

		MockHttpServletResponse pdf = mvc.perform(get(location).param("format", "pdf").param("lang", "en"))
			.andExpect(status().isOk()).andReturn().getResponse();
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
			assertThat(new PDFTextStripper().getText(document)).contains("Decree \uFFFDon controls\uFFFD",
					"CONTROL\uFFFD SOURCE (CTRL)");
		}
		assertThat(mvc.perform(get(location).param("format", "html").param("lang", "en")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("Decree \uFFFDon controls\uFFFD").doesNotContain("\u0001", "\uFFFF");
		mvc.perform(get("/api/v1/briefings").param("asOf", "2018-10-22").param("source", "CTRL").param("format", "pdf"))
			.andExpect(status().isOk());
	}

	@Test
	void anUnknownFormatIsRefusedByName() throws Exception {
		mvc.perform(get("/api/v1/briefings").param("asOf", "2018-10-22").param("source", "DOCS").param("format", "docx"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("format: must be one of json, html, pdf."));
	}

	private MockHttpServletResponse document(String language, String format) throws Exception {
		return mvc.perform(get("/api/v1/briefings").param("asOf", "2018-10-22").param("source", "DOCS")
				.param("lang", language).param("format", format)).andExpect(status().isOk()).andReturn().getResponse();
	}

	private static List<String> fontsNotEmbedded(PDDocument document) throws IOException {
		List<String> missing = new ArrayList<>();
		for (PDPage page : document.getPages()) {
			for (COSName name : page.getResources().getFontNames()) {
				PDFont font = page.getResources().getFont(name);
				if (!font.isEmbedded()) {
					missing.add(font.getName());
				}
			}
		}
		return missing;
	}

	private static int images(PDDocument document) throws IOException {
		int images = 0;
		for (PDPage page : document.getPages()) {
			for (COSName name : page.getResources().getXObjectNames()) {
				if (page.getResources().getXObject(name) instanceof PDImageXObject) {
					images++;
				}
			}
		}
		return images;
	}

	private static void save(PDDocument document, String language) throws IOException {
		Path folder = Path.of("target", "briefing-pages");
		Files.createDirectories(folder);
		PDFRenderer renderer = new PDFRenderer(document);
		for (int page = 0; page < document.getNumberOfPages(); page++) {
			BufferedImage image = renderer.renderImageWithDPI(page, 90);
			ImageIO.write(image, "png", folder.resolve("briefing-" + language + "-" + (page + 1) + ".png").toFile());
		}
	}

	private void csv(String path, String body) throws Exception {
		mvc.perform(post(path).with(admin()).contentType("text/csv").content(body)).andExpect(status().isOk());
	}
}

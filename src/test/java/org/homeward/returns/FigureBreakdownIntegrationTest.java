package org.homeward.returns;

import org.homeward.support.HomewardIntegrationTest;
import org.homeward.support.HxlCsv;
import org.homeward.support.TestSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.closeTo;
import static org.homeward.support.Credentials.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@HomewardIntegrationTest
class FigureBreakdownIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void gathersDaysIntoWeeksEndingWithTheLastDayAndSplitsAgeBands(TestInfo test) throws Exception {
		String source = source(test, "W");
		importCsv(source, """
				Id,Source,Date,Type,Persons,Gov,A,B,C,D,E
				#meta+id,#meta+source,#date,#affected+type,#affected+returnees,#adm1+code,#affected+returnees+age0_4,#affected+returnees+age5_11,#affected+returnees+age12_17,#affected+returnees+age18_59,#affected+returnees+age60plus
				w1,SRC,2018-10-22,idp_returnee,10,SY01,1,2,3,4,0
				w2,SRC,2018-10-16,idp_returnee,20,SY01,,,,,
				w3,SRC,2018-10-15,idp_returnee,30,SY01,5,,,,
				w4,SRC,2018-10-09,idp_returnee,40,SY01,,,,,
				w5,SRC,2018-10-08,idp_returnee,50,SY01,,,,,
				""");
		mvc.perform(get("/api/v1/returns/figures").with(admin()).param("source", source).param("asOf", "2018-10-22")
				.param("from", "2018-10-01").param("by", "week", "age_band"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.persons").value(150))
			.andExpect(jsonPath("$.by.week['2018-10-22']").value(30))
			.andExpect(jsonPath("$.by.week['2018-10-15']").value(70))
			.andExpect(jsonPath("$.by.week['2018-10-08']").value(50))
			.andExpect(jsonPath("$.by.age_band['0-4']").value(6))
			.andExpect(jsonPath("$.by.age_band['5-11']").value(2))
			.andExpect(jsonPath("$.by.age_band['60+']").doesNotExist())
			.andExpect(jsonPath("$.by.age_band.not_reported").value(135));
	}

	@Test
	void setsSourcesSideBySideAndFlagsFiguresThatDisagreeBeyondTheTolerance(TestInfo test) throws Exception {
		String headquarters = source(test, "H");
		String agency = source(test, "A");
		importCsv(headquarters, HxlCsv.returns("c1,SRC,2018-10-20,refugee_returnee,1000,SY03,,LBN,,,,",
				"c2,SRC,2018-10-21,idp_returnee,500,SY02,,,,,,"));
		importCsv(agency, HxlCsv.returns("c1,SRC,2018-10-20,refugee_returnee,980,SY03,,LBN,,,,",
				"c2,SRC,2018-10-21,idp_returnee,400,SY02,,,,,,"));
		mvc.perform(get("/api/v1/returns/figures/compare").with(admin()).param("asOf", "2018-10-22")
				.param("sources", headquarters, agency).param("tolerance", "0.05"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.figures[0].name").value("total"))
			.andExpect(jsonPath("$.figures[0].bySource." + headquarters).value(1500))
			.andExpect(jsonPath("$.figures[0].bySource." + agency).value(1380))
			.andExpect(jsonPath("$.figures[0].spread", closeTo(0.08, 1e-9)))
			.andExpect(jsonPath("$.figures[0].discrepant").value(true))
			.andExpect(jsonPath("$.figures[?(@.name == 'refugeeReturnees.LBN')].discrepant").value(false))
			.andExpect(jsonPath("$.figures[?(@.name == 'idpReturnees')].spread").value(0.2));
	}

	private String source(TestInfo test, String prefix) {
		return TestSources.ofTest(jdbc, prefix, test);
	}

	private void importCsv(String source, String csv) throws Exception {
		mvc.perform(post("/api/v1/imports/returns").with(admin()).contentType("text/csv")
			.content(csv.replace("SRC", source))).andExpect(status().isOk());
	}
}

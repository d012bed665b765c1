package org.homeward.geography;

import org.homeward.support.HomewardIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@HomewardIntegrationTest
class PlaceApiIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void answersAleppoGovernorateWithItsAncestors() throws Exception {
		mvc.perform(get("/api/v1/places/SY02"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("SY02"))
			.andExpect(jsonPath("$.kind").value("governorate"))
			.andExpect(jsonPath("$.level").value(1))
			.andExpect(jsonPath("$.name").value("Aleppo"))
			.andExpect(jsonPath("$.names.ar").value("حلب"))
			.andExpect(jsonPath("$.names.ru").value("Алеппо"))
			.andExpect(jsonPath("$.ancestors[*].code", contains("SY")))
			.andExpect(jsonPath("$.ancestors[0].kind").value("country"));
	}

	@Test
	void answersASubDistrictWithCountryGovernorateAndDistrictAbove() throws Exception {
		mvc.perform(get("/api/v1/places/SY020001").param("lang", "ar"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("أتارب"))
			.andExpect(jsonPath("$.ancestors[*].code", contains("SY", "SY02", "SY0200")))
			.andExpect(jsonPath("$.ancestors[1].name").value("حلب"));
	}

	@Test
	void findsCodesInAnyCase() throws Exception {
		mvc.perform(get("/api/v1/places/sy02")).andExpect(status().isOk()).andExpect(jsonPath("$.code").value("SY02"));
	}

	@Test
	void listsTheFourteenGovernorates() throws Exception {
		mvc.perform(get("/api/v1/places").param("level", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(14))
			.andExpect(jsonPath("$.items[0].code").value("SY08")); // by English name: "Al-Hasakeh" before "Aleppo"
		mvc.perform(get("/api/v1/places").param("level", "governorate"))
			.andExpect(jsonPath("$.total").value(14));
	}

	@Test
	void countsTheAdministrativeTreeOfTheReferenceData() throws Exception {
		mvc.perform(get("/api/v1/places").param("level", "district").param("limit", "1"))
			.andExpect(jsonPath("$.total").value(62));
		mvc.perform(get("/api/v1/places").param("level", "sub_district").param("limit", "1"))
			.andExpect(jsonPath("$.total").value(272));
		mvc.perform(get("/api/v1/places").param("level", "community").param("limit", "1"))
			.andExpect(jsonPath("$.total").value(5251));
	}

	@Test
	void answersACommunityWithItsWholeChainOfAncestors() throws Exception {
		mvc.perform(get("/api/v1/places/C4278"))
			.andExpect(jsonPath("$.name").value("Ariha"))
			.andExpect(jsonPath("$.names.ar").value("أريحا"))
			.andExpect(jsonPath("$.kind").value("community"))
			.andExpect(jsonPath("$.ancestors[*].code", contains("SY", "SY07", "SY0705", "SY070500")));
	}

	@Test
	void withoutLevelParentListsDirectChildrenAndWithLevelEverythingUnder() throws Exception {
		mvc.perform(get("/api/v1/places").param("parent", "SY02").param("kind", "district"))
			.andExpect(jsonPath("$.total").value(8))
			.andExpect(jsonPath("$.items[*].parent", everyItem(is("SY02"))));
		mvc.perform(get("/api/v1/places").param("parent", "SY02").param("level", "3").param("limit", "1"))
			.andExpect(jsonPath("$.total").value(40));
		// Direct children of Aleppo: its 8 districts, its entry points (Bab al-Salameh, the airport)
		mvc.perform(get("/api/v1/places").param("parent", "SY02"))
			.andExpect(jsonPath("$.total").value(10));
	}

	@Test
	void listsEntryPointsWithTheCountryTheyFace() throws Exception {
		mvc.perform(get("/api/v1/places").param("kind", "entry_point"))
			.andExpect(jsonPath("$.total").value(19));
		mvc.perform(get("/api/v1/places/NASIB"))
			.andExpect(jsonPath("$.kind").value("entry_point"))
			.andExpect(jsonPath("$.entryKind").value("land_crossing"))
			.andExpect(jsonPath("$.facesCountry").value("JOR"))
			.andExpect(jsonPath("$.ancestors[*].code", contains("SY", "SY12")));
	}

	@Test
	void listsRukbanAmongTheCampsInHoms() throws Exception {
		mvc.perform(get("/api/v1/places").param("kind", "camp"))
			.andExpect(jsonPath("$.items[*].code", contains("AL_HOL", "RUKBAN")));
		mvc.perform(get("/api/v1/places/RUKBAN"))
			.andExpect(jsonPath("$.parent").value("SY04"))
			.andExpect(jsonPath("$.names.ar").value("الركبان"));
	}

	@Test
	void searchFoldsArabicLetterVariants() throws Exception {
		// typed with haa instead of taa marbuta, and alef without hamza
		mvc.perform(get("/api/v1/places").param("q", "حماه").param("level", "1"))
			.andExpect(jsonPath("$.items[*].code", contains("SY05")));
		mvc.perform(get("/api/v1/places").param("q", "ادلب").param("level", "1"))
			.andExpect(jsonPath("$.items[*].code", contains("SY07")));
	}

	@Test
	void searchIgnoresCaseAccentsAndApostrophes() throws Exception {
		mvc.perform(get("/api/v1/places").param("q", "DARA").param("level", "1"))
			.andExpect(jsonPath("$.items[*].code", contains("SY12")));
		mvc.perform(get("/api/v1/places").param("q", "Dâr'a").param("level", "1"))
			.andExpect(jsonPath("$.items[*].code", contains("SY12")));
	}

	@Test
	void searchMatchesRussianNamesAndCodesAndPutsTheExactCodeFirst() throws Exception {
		mvc.perform(get("/api/v1/places").param("q", "Хомс").param("level", "1"))
			.andExpect(jsonPath("$.items[*].code", contains("SY04")));
		mvc.perform(get("/api/v1/places").param("q", "sy0200"))
			.andExpect(jsonPath("$.items[0].code").value("SY0200"))
			.andExpect(jsonPath("$.items[*].code", hasItem("SY020001")));
	}

	@Test
	void pagesThroughResults() throws Exception {
		mvc.perform(get("/api/v1/places").param("level", "1").param("offset", "12").param("limit", "5"))
			.andExpect(jsonPath("$.total").value(14))
			.andExpect(jsonPath("$.offset").value(12))
			.andExpect(jsonPath("$.items.length()").value(2));
	}

	@Test
	void unknownCodeIsA404ProblemNamingTheCode() throws Exception {
		mvc.perform(get("/api/v1/places/SY99"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(jsonPath("$.type").value("/problems/not-found"))
			.andExpect(jsonPath("$.code").value("not-found"))
			.andExpect(jsonPath("$.detail").value("No place has the code 'SY99'."));
	}

	@Test
	void malformedParametersAre400ProblemsNamingTheParameter() throws Exception {
		mvc.perform(get("/api/v1/places").param("level", "7"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("invalid-parameter"))
			.andExpect(jsonPath("$.parameter").value("level"))
			.andExpect(jsonPath("$.value").value("7"));
		mvc.perform(get("/api/v1/places").param("limit", "abc"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("limit"));
		mvc.perform(get("/api/v1/places").param("limit", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("limit"));
		mvc.perform(get("/api/v1/places").param("parent", "NOWHERE"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("parent"));
		mvc.perform(get("/api/v1/places").param("kind", "camp").param("level", "1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("kind"));
		mvc.perform(get("/api/v1/places/SY02").param("lang", "fr"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("lang"));
	}

	@Test
	void wrongMethodIsA405Problem() throws Exception {
		mvc.perform(delete("/api/v1/places/SY02"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(header().string("Allow", "GET"))
			.andExpect(jsonPath("$.code").value("method-not-allowed"));
	}

	@Test
	void namesHostCountriesInThreeLanguages() throws Exception {
		mvc.perform(get("/api/v1/countries/lbn"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("LBN"))
			.andExpect(jsonPath("$.names.en").value("Lebanon"))
			.andExpect(jsonPath("$.names.ar").value("لبنان"))
			.andExpect(jsonPath("$.names.ru").value("Ливан"));
		mvc.perform(get("/api/v1/countries/XYZ")).andExpect(status().isNotFound());
	}
}

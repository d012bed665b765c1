package org.homeward.briefing.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.homeward.reconstruction.Facilities;
import org.homeward.reconstruction.FacilityType;
import org.homeward.support.HomewardIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The counted forms registered for each facility type read as the seed briefing writes them. */
@HomewardIntegrationTest
class FacilityTypeFormsIntegrationTest {

	@Autowired
	Facilities facilities;

	@Test
	void everyTypeHasFormsThatParseInEveryLanguageForEveryCount() {
		List<FacilityType> types = facilities.types();
		assertThat(types).hasSize(8);
		for (FacilityType type : types) {
			for (String language : List.of("en", "ru", "ar")) {
				Phrases phrases = new Phrases(language);
				for (long count : PhrasesTest.COUNTS) {
					assertThat(phrases.count(type.forms(language), count)).as(type.code() + " " + language + " " + count)
						.isNotBlank().doesNotContain("{").doesNotContain("}");
				}
			}
		}
	}

	@Test
	void writesTheSeedsPhrasesInEachLanguage() {
		Map<String, FacilityType> types = facilities.types().stream()
			.collect(Collectors.toMap(FacilityType::code, type -> type));
		Phrases en = new Phrases("en");
		assertThat(en.list(List.of(en.count(types.get("residential_building").formsEn(), 167),
				en.count(types.get("school").formsEn(), 1), en.count(types.get("medical_facility").formsEn(), 2))))
			.isEqualTo("167 residential buildings, a school and two medical facilities");
		Phrases ru = new Phrases("ru");
		assertThat(ru.list(List.of(ru.count(types.get("residential_building").formsRu(), 167),
				ru.count(types.get("school").formsRu(), 1), ru.count(types.get("medical_facility").formsRu(), 2))))
			.isEqualTo("167 жилых домов, школа и два медицинских учреждения");
		assertThat(ru.list(List.of(ru.count(types.get("school").formsRu(), 180, "genitive"),
				ru.count(types.get("electrical_substation").formsRu(), 161, "genitive"),
				ru.count(types.get("medical_facility").formsRu(), 153, "genitive"),
				ru.count(types.get("residential_building").formsRu(), 1877, "genitive"),
				ru.count(types.get("place_of_worship").formsRu(), 82, "genitive"))))
			.as("works go on «по восстановлению» these, in the genitive")
			.isEqualTo("180 школ, 161 электроподстанции, 153 медицинских учреждений, 1877 жилых домов и "
					+ "82 культовых сооружений");
		assertThat(ru.count(types.get("bakery").formsRu(), 2, "genitive")).isEqualTo("двух пекарен");
		assertThat(ru.count(types.get("preschool").formsRu(), 1, "genitive")).isEqualTo("детского сада");
		Phrases ar = new Phrases("ar");
		assertThat(ar.count(types.get("residential_building").formsAr(), 167)).isEqualTo("١٦٧ مبنى سكنيًا");
		assertThat(ar.count(types.get("medical_facility").formsAr(), 2)).isEqualTo("منشأتان طبيتان");
		assertThat(ar.count(types.get("medical_facility").formsAr(), 2, "genitive")).isEqualTo("منشأتين طبيتين");
		assertThat(ar.count(types.get("school").formsAr(), 1)).isEqualTo("مدرسة");
		assertThat(ar.count(types.get("place_of_worship").formsAr(), 82)).isEqualTo("٨٢ دار عبادة");
		assertThat(ar.count(types.get("electrical_substation").formsAr(), 161)).isEqualTo("١٦١ محطة تحويل كهربائية");
	}
}

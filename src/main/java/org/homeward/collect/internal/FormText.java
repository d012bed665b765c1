package org.homeward.collect.internal;

import java.util.List;
import java.util.Map;

/**
 * The words of the forms in the three languages, as a phone shows them: JavaRosa's itext, one translation per
 * language, named as the language names itself so that a data officer finds theirs in the phone's menu.
 */
final class FormText {

	/** The languages of the forms: code, and the name the phone's language menu shows. */
	static final List<String[]> LANGUAGES = List.of(new String[] { "en", "English" },
			new String[] { "ru", "Русский" }, new String[] { "ar", "العربية" });

	static final Map<String, List<String>> RETURNS = Map.ofEntries(
			Map.entry("title", List.of("Returns counted at one place on one day", "Возвращения за один день в одном месте",
					"العائدون في مكان واحد ويوم واحد")),
			Map.entry("date", List.of("Day counted", "День подсчёта", "يوم العدّ")),
			Map.entry("date:constraint", List.of("The day counted is not after today.",
					"День подсчёта не может быть позже сегодняшнего.", "لا يكون يوم العدّ بعد اليوم.")),
			Map.entry("category", List.of("Who came home", "Кто вернулся", "من عاد")),
			Map.entry("category:idp_returnee", List.of("Displaced inside the country", "Внутренне перемещённые лица",
					"نازحون داخليًا")),
			Map.entry("category:refugee_returnee", List.of("Refugees from abroad", "Беженцы из-за рубежа",
					"لاجئون من الخارج")),
			Map.entry("persons", List.of("Persons", "Число людей", "عدد الأشخاص")),
			Map.entry("persons:constraint", List.of("A number of persons is 0 or more.",
					"Число людей — 0 или больше.", "عدد الأشخاص صفر أو أكثر.")),
			Map.entry("adm1", List.of("Governorate they came home to", "Мухафаза, куда вернулись",
					"المحافظة التي عادوا إليها")),
			Map.entry("adm2", List.of("District (if known)", "Район (если известен)", "المنطقة (إن عُرفت)")),
			Map.entry("origin_country", List.of("Host country they came from", "Страна пребывания, откуда вернулись",
					"بلد اللجوء الذي عادوا منه")),
			Map.entry("entry", List.of("Entry point", "Пункт пропуска", "نقطة العبور")),
			Map.entry("female", List.of("Of them women and girls", "Из них женщин и девочек", "منهم نساء وفتيات")),
			Map.entry("male", List.of("Of them men and boys", "Из них мужчин и мальчиков", "منهم رجال وفتيان")),
			Map.entry("male:constraint", List.of("Women and men together make the number of persons.",
					"Женщины и мужчины вместе дают число людей.", "مجموع النساء والرجال يساوي عدد الأشخاص.")),
			Map.entry("households", List.of("Households", "Домохозяйств", "عدد الأسر")));

	private FormText() {
	}
}

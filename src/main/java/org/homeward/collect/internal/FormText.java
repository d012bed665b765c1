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
			Map.entry("adm1", List.of("Governorate they came home to", "Провинция, куда вернулись",
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

	static final Map<String, List<String>> FACILITY = Map.ofEntries(
			Map.entry("title", List.of("A facility's status on one day", "Состояние объекта на один день",
					"حالة منشأة في يوم واحد")),
			Map.entry("facility", List.of("Facility's code", "Код объекта", "رمز المنشأة")),
			Map.entry("facility:constraint", List.of("A code has at most 100 characters, without % or ;.",
					"Код — не более 100 знаков, без % и ;.", "الرمز 100 حرف على الأكثر، دون % أو ;.")),
			Map.entry("name", List.of("Facility's name", "Название объекта", "اسم المنشأة")),
			Map.entry("name:constraint", List.of("A name has at most 300 characters.",
					"Название — не более 300 знаков.", "الاسم 300 حرف على الأكثر.")),
			Map.entry("type", List.of("Kind of facility", "Тип объекта", "نوع المنشأة")),
			Map.entry("adm1", List.of("Governorate it stands in", "Провинция, где находится объект",
					"المحافظة التي تقع فيها")),
			Map.entry("adm2", List.of("District (if known)", "Район (если известен)", "المنطقة (إن عُرفت)")),
			Map.entry("status", List.of("Its status", "Состояние", "حالتها")),
			Map.entry("status:damaged", List.of("Damaged", "Повреждён", "متضررة")),
			Map.entry("status:works_under_way", List.of("Works under way", "Идут работы", "الأعمال جارية")),
			Map.entry("status:in_operation", List.of("In operation", "Работает", "قيد التشغيل")),
			Map.entry("date", List.of("Day it entered that status", "День, когда объект перешёл в это состояние",
					"يوم دخولها هذه الحالة")),
			Map.entry("date:constraint", List.of("The day is not after today.", "День не может быть позже сегодняшнего.",
					"لا يكون اليوم بعد اليوم.")));

	static final Map<String, List<String>> HOUSEHOLD = Map.ofEntries(
			Map.entry("title", List.of("A household registered on its return", "Регистрация вернувшейся семьи",
					"تسجيل أسرة عائدة")),
			Map.entry("category", List.of("Who came home", "Кто вернулся", "من عاد")),
			Map.entry("category:idp_returnee", List.of("Displaced inside the country", "Внутренне перемещённые лица",
					"نازحون داخليًا")),
			Map.entry("category:refugee_returnee", List.of("Refugees from abroad", "Беженцы из-за рубежа",
					"لاجئون من الخارج")),
			Map.entry("returned", List.of("Day they came home", "День возвращения", "يوم العودة")),
			Map.entry("registered", List.of("Day of the registration", "День регистрации", "يوم التسجيل")),
			Map.entry("day:constraint", List.of("The day is not after today.", "День не может быть позже сегодняшнего.",
					"لا يكون اليوم بعد اليوم.")),
			Map.entry("adm1", List.of("Governorate they came home to", "Провинция, куда вернулись",
					"المحافظة التي عادوا إليها")),
			Map.entry("adm2", List.of("District (if known)", "Район (если известен)", "المنطقة (إن عُرفت)")),
			Map.entry("origin_country", List.of("Host country they came from", "Страна пребывания, откуда вернулись",
					"بلد اللجوء الذي عادوا منه")),
			Map.entry("entry", List.of("Entry point", "Пункт пропуска", "نقطة العبور")),
			Map.entry("member", List.of("Member of the household", "Член семьи", "فرد من الأسرة")),
			Map.entry("relationship", List.of("Relationship to the head", "Кем приходится главе семьи",
					"صلة القرابة برب الأسرة")),
			Map.entry("relationship:head", List.of("Head of the household", "Глава семьи", "رب الأسرة")),
			Map.entry("relationship:spouse", List.of("Spouse", "Супруг(а)", "الزوج أو الزوجة")),
			Map.entry("relationship:child", List.of("Child", "Ребёнок", "ابن أو ابنة")),
			Map.entry("relationship:parent", List.of("Parent", "Родитель", "أب أو أم")),
			Map.entry("relationship:sibling", List.of("Brother or sister", "Брат или сестра", "أخ أو أخت")),
			Map.entry("relationship:grandchild", List.of("Grandchild", "Внук или внучка", "حفيد أو حفيدة")),
			Map.entry("relationship:other", List.of("Other", "Другое", "غير ذلك")),
			Map.entry("given", List.of("Given name", "Имя", "الاسم")),
			Map.entry("father", List.of("Father's given name", "Имя отца", "اسم الأب")),
			Map.entry("grandfather", List.of("Grandfather's given name", "Имя деда", "اسم الجد")),
			Map.entry("family", List.of("Family name", "Фамилия", "الكنية")),
			Map.entry("mother", List.of("Mother's full name", "Полное имя матери", "اسم الأم الكامل")),
			Map.entry("name:constraint", List.of("A name has at most 200 characters.", "Имя — не более 200 знаков.",
					"الاسم 200 حرف على الأكثر.")),
			Map.entry("sex", List.of("Sex", "Пол", "الجنس")),
			Map.entry("sex:f", List.of("Female", "Женский", "أنثى")),
			Map.entry("sex:m", List.of("Male", "Мужской", "ذكر")),
			Map.entry("birth", List.of("Born (year, year-month or day)", "Дата рождения (год, год-месяц или день)",
					"تاريخ الولادة (سنة، أو سنة-شهر، أو يوم)")),
			Map.entry("birth:constraint", List.of("Written 1985, 1985-03 or 1985-03-21, from 1900 to this year.",
					"В виде 1985, 1985-03 или 1985-03-21, от 1900 до текущего года.",
					"تُكتب 1985 أو 1985-03 أو 1985-03-21، من 1900 حتى هذه السنة.")),
			Map.entry("national_id", List.of("National identity number", "Номер удостоверения личности",
					"الرقم الوطني")));

	private FormText() {
	}
}

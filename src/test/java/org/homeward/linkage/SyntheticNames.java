package org.homeward.linkage;

import java.util.List;

/**
 * The names of the synthetic population, most common first: each with its Arabic spelling, the Latin
 * transliterations sources use (English, Levantine and French practice) and the Russian one in Cyrillic. A family
 * name written with the article in Arabic has its Latin and Cyrillic forms without it; the writer adds it as each
 * source does.
 */
final class SyntheticNames {

	/** One name as each script writes it. */
	record Name(String arabic, List<String> latin, String cyrillic) {

		/** Whether the Arabic is written with the article (a family name such as الحلبي). */
		boolean article() {
			return arabic.startsWith("ال");
		}

		/** Whether the article's lam is assimilated in speech (a sun letter follows: الشامي, ash-Shami). */
		boolean sunLetter() {
			return article() && arabic.length() > 2 && "تثدذرزسشصضطظلن".indexOf(arabic.charAt(2)) >= 0;
		}
	}

	static final List<Name> MALE = parse("""
			محمد|Mohammed/Muhammad/Mohamad/Mohamed|Мухаммед
			أحمد|Ahmad/Ahmed|Ахмед
			علي|Ali/Aly|Али
			محمود|Mahmoud/Mahmud/Mahmood|Махмуд
			خالد|Khaled/Khalid|Халед
			حسن|Hassan/Hasan|Хасан
			حسين|Hussein/Hussain/Houssein|Хусейн
			عمر|Omar/Umar|Омар
			يوسف|Youssef/Yusuf/Yousef|Юсуф
			إبراهيم|Ibrahim/Ebrahim|Ибрагим
			مصطفى|Mustafa/Moustafa/Mostafa|Мустафа
			عبد الرحمن|Abd al-Rahman/Abdulrahman/Abdel Rahman|Абдуррахман
			عبد الله|Abdullah/Abdallah/Abd Allah|Абдулла
			سعيد|Said/Saeed|Саид
			أسامة|Osama/Usama/Oussama|Усама
			إسماعيل|Ismail/Ismael|Исмаил
			حمزة|Hamza/Hamzeh|Хамза
			ياسر|Yasser/Yaser/Yasir|Ясир
			فادي|Fadi/Fady|Фади
			شادي|Shadi/Chadi|Шади
			شاكر|Shaker/Chaker|Шакер
			سمير|Samir/Sameer|Самир
			سامي|Sami/Samy|Сами
			عماد|Imad/Emad|Имад
			رامي|Rami/Ramy|Рами
			وليد|Walid/Waleed/Oualid|Валид
			جمال|Jamal/Gamal/Djamel|Джамаль
			كمال|Kamal/Kamel|Камаль
			نبيل|Nabil/Nabeel|Набиль
			طارق|Tarek/Tariq/Tarik|Тарик
			زياد|Ziad/Ziyad|Зияд
			بلال|Bilal/Belal|Билял
			أنس|Anas/Anass|Анас
			باسل|Basel/Basil/Bassel|Басиль
			عادل|Adel/Adil|Адиль
			أيمن|Ayman/Aymen|Айман
			مازن|Mazen/Mazin|Мазен
			ماهر|Maher/Mahir|Махер
			نادر|Nader/Nadir|Надер
			رياض|Riad/Riyad/Riyadh|Рияд
			سليمان|Suleiman/Sulaiman/Soliman|Сулейман
			عثمان|Othman/Osman/Uthman|Осман
			جميل|Jamil/Jameel/Djamil|Джамиль
			صالح|Saleh/Salih|Салех
			فيصل|Faisal/Faysal/Fayssal|Фейсал
			ناصر|Nasser/Naser/Nasir|Насер
			منصور|Mansour/Mansur|Мансур
			راشد|Rashed/Rashid/Rached|Рашид
			حسام|Hussam/Hosam/Houssam|Хусам
			هشام|Hisham/Hesham/Hicham|Хишам
			هيثم|Haitham/Haytham|Хайсам
			غسان|Ghassan/Ghasan|Гассан
			وائل|Wael/Wail|Ваиль
			عامر|Amer/Aamer|Амер
			أمير|Amir/Ameer|Амир
			مهند|Muhannad/Mohannad|Муханнад
			معاذ|Muaz/Moaz/Muath|Муаз
			قاسم|Qasim/Kassem/Qassem|Касим
			جاسم|Jasim/Jassem|Джасим
			حازم|Hazem/Hazim|Хазем
			حاتم|Hatem/Hatim|Хатем
			فراس|Firas/Feras|Фирас
			لؤي|Louay/Luay/Loai|Луай
			نزار|Nizar/Nezar|Низар
			بشار|Bashar/Bachar|Башар
			مروان|Marwan/Merwan|Марван
			عدنان|Adnan/Adnane|Аднан
			عبد الكريم|Abd al-Karim/Abdulkarim/Abdel Karim|Абдулкарим
			عبد القادر|Abd al-Qadir/Abdulkader/Abdelkader|Абделькадер
			عبد العزيز|Abd al-Aziz/Abdulaziz/Abdel Aziz|Абдульазиз
			عبد الحميد|Abd al-Hamid/Abdulhamid/Abdel Hamid|Абдульхамид
			عبد الرزاق|Abd al-Razzaq/Abdulrazzak/Abdel Razak|Абдурраззак
			نور الدين|Nour al-Din/Nureddin/Noureddine|Нуреддин
			صلاح الدين|Salah al-Din/Salaheddin/Salah Eddine|Салахуддин
			زكريا|Zakaria/Zakariya/Zakariyya|Закария
			يحيى|Yahya/Yehia/Yahia|Яхья
			عيسى|Issa/Isa/Eissa|Иса
			موسى|Musa/Moussa/Mousa|Муса
			رضوان|Radwan/Redouane/Ridwan|Ридван
			شريف|Sharif/Cherif/Shareef|Шариф
			هاني|Hani/Hany|Хани
			مجد|Majd/Magd|Маджд
			أيهم|Ayham/Aiham|Айхам
			غيث|Ghaith/Ghayth|Гайс
			كريم|Karim/Kareem|Карим
			رائد|Raed/Raid|Раид
			سليم|Salim/Selim/Saleem|Салим
			وسيم|Wassim/Wasim/Waseem|Васим
			عمار|Ammar/Amar|Аммар
			ربيع|Rabie/Rabih/Rabi|Рабиа
			خليل|Khalil/Khaleel|Халиль
			فؤاد|Fouad/Fuad|Фуад
			ضياء|Diaa/Dia/Diya|Дия
			أدهم|Adham/Adhem|Адхам
			""");

	static final List<Name> FEMALE = parse("""
			فاطمة|Fatima/Fatma/Fatme|Фатима
			مريم|Maryam/Mariam/Meriem|Марьям
			زينب|Zainab/Zeinab/Zaynab|Зейнаб
			عائشة|Aisha/Aicha/Ayesha|Айша
			خديجة|Khadija/Khadeeja/Khadidja|Хадиджа
			نور|Nour/Noor/Nur|Нур
			هدى|Huda/Hoda/Houda|Худа
			سارة|Sara/Sarah|Сара
			رشا|Rasha/Racha|Раша
			ليلى|Layla/Leila/Laila|Лейла
			سلمى|Salma/Selma|Сальма
			أمل|Amal/Amel|Амаль
			هالة|Hala/Halah|Хала
			هناء|Hanaa/Hana|Хана
			لينا|Lina/Leena|Лина
			لمى|Lama/Lamma|Лама
			مايا|Maya/Maia|Майя
			رغد|Raghad/Ragad|Рагад
			آية|Aya/Ayah|Ая
			إيمان|Iman/Eman/Imane|Иман
			أسماء|Asma/Asmaa|Асма
			رحاب|Rehab/Rihab|Рихаб
			سعاد|Souad/Suad/Soad|Суад
			نادية|Nadia/Nadiya|Надия
			سميرة|Samira/Sameera|Самира
			سهام|Siham/Seham|Сихам
			وفاء|Wafaa/Wafa|Вафа
			صفاء|Safaa/Safa|Сафа
			رانيا|Rania/Raniya|Рания
			دعاء|Doaa/Duaa/Doua|Дуа
			ولاء|Walaa/Wala|Валаа
			شيماء|Shaimaa/Shayma/Chaima|Шайма
			ياسمين|Yasmin/Yasmine/Jasmin|Ясмин
			جميلة|Jamila/Djamila/Jameela|Джамиля
			حليمة|Halima/Haleema|Халима
			كريمة|Karima/Kareema|Карима
			نجلاء|Najlaa/Najla|Наджля
			منى|Mona/Muna|Муна
			رهف|Rahaf/Rahf|Рахаф
			بشرى|Bushra/Boushra/Bochra|Бушра
			غادة|Ghada/Ghadah|Гада
			عبير|Abeer/Abir|Абир
			ريم|Reem/Rim|Рим
			نسرين|Nisreen/Nesrine/Nasrin|Насрин
			هبة|Heba/Hiba|Хиба
			رقية|Ruqaya/Roqaya/Rokaya|Рукайя
			حنان|Hanan/Hanane|Ханан
			سناء|Sanaa/Sana|Сана
			لبنى|Lubna/Loubna|Лубна
			ميساء|Maysaa/Mayssa/Maisa|Майса
			دلال|Dalal/Dalel|Далаль
			نوال|Nawal/Naoual|Наваль
			وداد|Widad/Wedad|Видад
			سوسن|Sawsan/Sousan|Саусан
			رولا|Rula/Roula|Рула
			ديما|Dima/Deema|Дима
			تسنيم|Tasnim/Tasneem|Тасним
			بيان|Bayan/Bayane|Баян
			جنى|Jana/Janna|Джана
			شهد|Shahad/Chahad|Шахад
			ملك|Malak/Malek|Малак
			إسراء|Israa/Esraa/Isra|Исра
			آمنة|Amina/Amna/Aamina|Амина
			""");

	static final List<Name> FAMILY = parse("""
			الحلبي|Halabi|Халаби
			الحمصي|Homsi/Humsi|Хомси
			الشامي|Shami/Chami|Шами
			الحسن|Hassan/Hasan|Хасан
			الأحمد|Ahmad/Ahmed|Ахмад
			العلي|Ali|Али
			المصري|Masri/Misri|Масри
			الخطيب|Khatib/Khateeb|Хатиб
			الحسيني|Husseini/Hussaini|Хусейни
			النجار|Najjar/Najar|Наджар
			الحداد|Haddad|Хаддад
			خوري|Khoury/Khouri/Khuri|Хури
			درويش|Darwish/Darwich|Дарвиш
			منصور|Mansour/Mansur|Мансур
			الزعبي|Zoubi/Zubi/Zoabi|Зуби
			العمر|Omar/Umar|Омар
			الإبراهيم|Ibrahim/Ebrahim|Ибрагим
			السيد|Sayed/Sayyid|Сайед
			الشيخ|Sheikh/Cheikh/Shaikh|Шейх
			الدباغ|Dabbagh/Dabagh|Даббаг
			الرفاعي|Rifai/Refai|Рифаи
			الجاسم|Jasem/Jassem|Джасем
			الكردي|Kurdi/Kordi|Курди
			التركماني|Turkmani/Torkmani|Туркмани
			الحمود|Hammoud/Hamoud|Хаммуд
			العبدالله|Abdullah/Abdallah|Абдулла
			الحريري|Hariri|Харири
			الأسعد|Asaad/Asad|Асаад
			القاسم|Qasim/Kassem|Касем
			الخليل|Khalil/Khaleel|Халиль
			الطويل|Tawil/Taweel|Тавиль
			البكري|Bakri/Bakry|Бакри
			العثمان|Othman/Osman|Осман
			المحمد|Mohammad/Mohamad/Muhammad|Мухаммад
			الشهابي|Shihabi/Chehabi|Шихаби
			الصباغ|Sabbagh/Sabagh|Саббаг
			الجمال|Jamal/Gamal|Джамаль
			العطار|Attar/Atar|Аттар
			الحكيم|Hakim/Hakeem|Хаким
			الشريف|Sharif/Cherif|Шариф
			النعيمي|Nuaimi/Naimi|Нуайми
			الدروبي|Droubi/Durubi|Друби
			الأتاسي|Atassi/Atasi|Атаси
			الجندي|Jundi/Joundi|Джунди
			الحموي|Hamawi/Hamwi|Хамави
			الإدلبي|Idlibi/Edlebi|Идлиби
			الديري|Deiri/Dairi|Дейри
			الرقاوي|Raqqawi/Rakawi|Раккави
			الحوراني|Hourani/Horani/Hurani|Хурани
			الزين|Zein/Zain|Зейн
			الساعدي|Saadi/Saedi|Саади
			البيطار|Bitar/Baytar|Битар
			الخياط|Khayyat/Khayat|Хайят
			القباني|Qabbani/Kabbani|Каббани
			العظمة|Azma/Azmeh|Азма
			الطحان|Tahhan/Tahan|Таххан
			الفارس|Fares/Faris|Фарес
			العيسى|Issa/Eissa|Иса
			الموسى|Mousa/Musa|Муса
			الحسون|Hassoun/Hasun|Хассун
			الملا|Mulla/Molla|Мулла
			حمدان|Hamdan/Hamdane|Хамдан
			شحادة|Shehadeh/Shahada/Chehade|Шехаде
			قدور|Kaddour/Qaddur|Каддур
			سلامة|Salameh/Salama|Салама
			حجازي|Hijazi/Hegazy/Hejazi|Хиджази
			نصر|Nasr/Nassr|Наср
			عبيد|Obeid/Ubaid/Obaid|Обейд
			جبور|Jabbour/Jabur|Джаббур
			بركات|Barakat/Barakate|Баракат
			مراد|Mourad/Murad|Мурад
			حمادة|Hamadeh/Hamada|Хамаде
			يونس|Younes/Yunus/Younis|Юнус
			دياب|Diab/Dyab|Дияб
			عواد|Awad/Awwad|Авад
			زيدان|Zaidan/Zeidan|Зейдан
			شعبان|Shaaban/Chaabane|Шаабан
			رمضان|Ramadan/Ramadane|Рамадан
			قطان|Kattan/Qattan|Каттан
			عساف|Assaf/Asaf|Ассаф
			حلاق|Hallak/Hallaq|Халлак
			صوفان|Soufan/Sufan|Суфан
			كيالي|Kayyali/Kayali|Кайяли
			عبود|Abboud/Aboud|Аббуд
			غنام|Ghannam/Ghanam|Ганнам
			نحاس|Nahhas/Nahas|Наххас
			""");

	/**
	 * Pairs of given names twins are sometimes given because they sound alike (Hassan and Hussein): the hardest
	 * negatives, two people of one household born on one day with names a string measure finds close.
	 */
	static final List<List<String>> CLOSE_NAMES = List.of(List.of("حسن", "حسين"), List.of("سامي", "سمير"),
			List.of("عامر", "أمير"), List.of("حازم", "حاتم"), List.of("فادي", "شادي"), List.of("ماهر", "مازن"),
			List.of("محمد", "محمود"), List.of("هالة", "هناء"), List.of("لينا", "لمى"), List.of("صفاء", "وفاء"),
			List.of("سناء", "هناء"), List.of("رشا", "رغد"));

	private SyntheticNames() {
	}

	static Name named(List<Name> pool, String arabic) {
		return pool.stream().filter(name -> name.arabic().equals(arabic)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No name " + arabic + " in the pool."));
	}

	private static List<Name> parse(String table) {
		return table.lines().map(String::strip).filter(line -> !line.isEmpty()).map(line -> {
			String[] parts = line.split("\\|");
			return new Name(parts[0], List.of(parts[1].split("/")), parts[2]);
		}).toList();
	}
}

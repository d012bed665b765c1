package org.homeward.linkage;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.ibm.icu.text.Transliterator;

/**
 * A name as linkage compares it, whatever the script it was written in: Arabic, a Latin transliteration of any
 * convention, or Cyrillic. Every script is brought to one Latin "sound" of consonants and long vowels (محمد,
 * Mohammed, Muhammad and Мухаммед all sound {@code mhmd}), and from that to a "skeleton" of consonants alone, which
 * blocking uses. What the field writes differently and means the same is made equal first: in Arabic the hamza
 * forms of alef, ta marbuta, alef maqsura, tashkeel, tatweel and the article; in Latin the article ({@code al-},
 * {@code el-}, the assimilated {@code ar-}, {@code as-}, …), {@code abdul}/{@code abdel}/{@code abd al}, digraphs
 * ({@code kh}, {@code sh}, {@code ch}, {@code th}, {@code dh}, {@code gh}, {@code ou}, {@code ee}, …), doubled letters
 * and short vowels, which Arabic script does not write; Cyrillic through the BGN romanisation of Russian.
 */
public final class Names {

	/** The article and its assimilated forms, dropped as words of their own before another word. */
	private static final Set<String> ARTICLES = Set.of("al", "el", "ul", "il", "ar", "as", "ash", "at", "ad", "an",
			"az", "ed", "es", "er", "et", "en");

	private static final Transliterator CYRILLIC = Transliterator.getInstance("Russian-Latin/BGN");

	private Names() {
	}

	/** The name's sound: consonants and long vowels in one Latin form; empty for a name with no letter. */
	public static String sound(String written) {
		if (written == null) {
			return "";
		}
		String text = Normalizer.normalize(written, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		if (hasCyrillic(text)) {
			// Russian writes غ (and ه) as г, which BGN makes g: kept as غ is
			text = CYRILLIC.transliterate(text.replace("г", "gh"));
		}
		List<String> words = new ArrayList<>();
		for (String word : text.split("[\\s\\-_.,'’ʹʼʾʿ`\"()/]+")) {
			if (word.isEmpty()) {
				continue;
			}
			words.add(isArabic(word) ? arabicWord(word) : withoutGluedArticle(word));
		}
		StringBuilder joined = new StringBuilder();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (ARTICLES.contains(word) && i + 1 < words.size()) {
				continue;
			}
			joined.append(word);
		}
		return latin(joined.toString());
	}

	/**
	 * A Latin word with the article glued to it (Alhalabi, ElKhatib), as Arabic's الحلبي is read: without it. Only
	 * before a consonant and four letters more, so that Ali, Alaa, Elias and Elham keep their first letters.
	 */
	private static String withoutGluedArticle(String word) {
		if (word.length() >= 6 && (word.startsWith("al") || word.startsWith("el"))
				&& "aeiouy".indexOf(word.charAt(2)) < 0 && Character.isLetter(word.charAt(2))) {
			return word.substring(2);
		}
		return word;
	}

	/** The consonants of the name's sound: what blocking groups names by. */
	public static String skeleton(String written) {
		return skeletonOfSound(sound(written));
	}

	static String skeletonOfSound(String sound) {
		return sound.replaceAll("[aiu]", "");
	}

	private static boolean hasCyrillic(String text) {
		return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
	}

	private static boolean isArabic(String word) {
		return word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
	}

	/**
	 * One Arabic word in Latin letters the Latin rules below read alike: short vowels, which Arabic leaves
	 * unwritten, stay out; alef, waw and ya inside a word are long vowels, at its start consonants.
	 */
	private static String arabicWord(String word) {
		String text = word.replaceAll("[\\u064B-\\u065F\\u0670\\u0640]", "")
			.replaceAll("[أإآٱ]", "ا").replaceAll("ى$", "ا").replace('ى', 'ي').replace('ؤ', 'و').replace('ئ', 'ي').replace("ء", "");
		if (text.startsWith("ال") && text.length() > 3) {
			text = text.substring(2);
		}
		if (text.startsWith("عبدال") && text.length() > 6) {
			text = "عبد" + text.substring(5);
		}
		StringBuilder latin = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char letter = text.charAt(i);
			boolean first = i == 0;
			latin.append(switch (letter) {
			case 'ا' -> first ? "" : "aa";
			case 'و' -> first ? "w" : "oo";
			case 'ي' -> first ? "y" : "ee";
			case 'ة' -> "a";
			case 'ه' -> i == text.length() - 1 && i > 1 ? "a" : "h";
			case 'ب' -> "b";
			case 'ت', 'ث', 'ط' -> "t";
			case 'ج' -> "j";
			case 'ح', 'خ' -> "h";
			case 'د', 'ذ', 'ض' -> "d";
			case 'ر' -> "r";
			case 'ز', 'ظ' -> "z";
			case 'س', 'ش', 'ص' -> "s";
			case 'ع' -> "";
			case 'غ' -> "gh";
			case 'ف' -> "f";
			case 'ق', 'ك' -> "k";
			case 'ل' -> "l";
			case 'م' -> "m";
			case 'ن' -> "n";
			default -> "";
			});
		}
		return latin.toString();
	}

	/**
	 * The Latin rules: marks off, digraphs to one letter, a vowel written twice or as a pair long, one written
	 * once short (dropped) unless it ends the name, doubled consonants single. {@code y} and {@code w} are
	 * consonants at the start only, as Arabic's ya and waw are; elsewhere they lengthen a vowel.
	 */
	private static String latin(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
			.replaceAll("[^a-z]", "");
		if (plain.startsWith("abdul") || plain.startsWith("abdel") || plain.startsWith("abdal")) {
			plain = "abd" + plain.substring(5);
		}
		if (plain.endsWith("ah") && plain.length() > 3) {
			plain = plain.substring(0, plain.length() - 1);
		}
		// "gh" is غ, kept apart from the "g" that Egyptian usage writes for ج
		plain = plain.replace("gh", "8").replace("kh", "h").replace("sh", "s").replace("ch", "s")
			.replace("th", "t").replace("dh", "d").replace("zh", "j").replace("dj", "j").replace("ph", "f")
			.replace("ck", "k").replace('q', 'k').replace('c', 'k').replace('g', 'j').replace('v', 'w')
			.replace("x", "ks").replace('8', 'g');
		StringBuilder sound = new StringBuilder();
		int i = 0;
		while (i < plain.length()) {
			if (isVowel(plain, i)) {
				int end = i;
				while (end < plain.length() && isVowel(plain, end)) {
					end++;
				}
				if (end - i > 1 || end == plain.length() && i > 0) {
					sound.append(longVowel(plain.substring(i, end)));
				}
				i = end;
				continue;
			}
			char letter = plain.charAt(i);
			if (i == 0 || plain.charAt(i - 1) != letter) {
				sound.append(letter);
			}
			i++;
		}
		return sound.toString();
	}

	private static boolean isVowel(String text, int i) {
		char letter = text.charAt(i);
		return letter == 'a' || letter == 'e' || letter == 'i' || letter == 'o' || letter == 'u'
				|| (letter == 'y' || letter == 'w') && i > 0;
	}

	/** A long vowel as one of a, i, u: the three Arabic writes. */
	private static char longVowel(String run) {
		if (run.contains("i") || run.contains("y") || run.contains("ee") || run.equals("e")) {
			return 'i';
		}
		if (run.contains("o") || run.contains("u") || run.contains("w")) {
			return 'u';
		}
		return 'a';
	}
}

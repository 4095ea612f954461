package ua.cnap.planner.population;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Name forms for matching settlements across sources that share no codes: statistics tables
 * ("м. Кам’янське"), GeoNames (Latin main name, Cyrillic alternates in Ukrainian and Russian) and
 * the KSE table.
 */
final class SettlementNames {

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final Pattern APOSTROPHES = Pattern.compile("[’ʼ‘`´′ʹ]");
    private static final Pattern PREFIX = Pattern.compile("^(м\\.|смт\\.?\\s|сел\\.|с\\.|селище\\s|місто\\s|city\\s|stlmt\\s)\\s*");
    private static final Pattern CYRILLIC = Pattern.compile(".*\\p{IsCyrillic}.*");
    private static final Pattern UKRAINIAN_LETTER = Pattern.compile(".*[іїєґІЇЄҐ].*");
    private static final Pattern RUSSIAN_LETTER = Pattern.compile(".*[ыэъёЫЭЪЁ].*");
    /** Adjective endings that are Russian, not Ukrainian ("Буда-Орловецкая", "Каменское"). */
    private static final Pattern RUSSIAN_ENDING = Pattern.compile(".*(ая|яя|ое|ее|ый|ые)(\\s.*|-.*)?$");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern HYPHEN = Pattern.compile("\\s*-\\s*");
    private static final String LATIN_LOOKALIKES = "aceiopxy";
    private static final String CYRILLIC_TWINS = "асеіорху";

    private SettlementNames() {
    }

    /**
     * Lower case, one apostrophe ('), single spaces, no spaces around hyphens, no "м."/"смт"
     * prefix, no Latin look-alike letters in Cyrillic names.
     */
    static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String n = name.toLowerCase(UK).strip();
        n = APOSTROPHES.matcher(n).replaceAll("'");
        n = SPACES.matcher(n).replaceAll(" ");
        n = HYPHEN.matcher(n).replaceAll("-");
        if (CYRILLIC.matcher(n).matches()) {
            n = latinLookalikesToCyrillic(n);
        }
        n = PREFIX.matcher(n).replaceFirst("");
        return n.strip();
    }

    /**
     * Latin letters typed by mistake into a Cyrillic name (the 2022 table has "Короcтишів" with a
     * Latin c) become their Cyrillic twins.
     */
    private static String latinLookalikesToCyrillic(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            int latin = LATIN_LOOKALIKES.indexOf(c);
            out.append(latin >= 0 ? CYRILLIC_TWINS.charAt(latin) : c);
        }
        return out.toString();
    }

    /**
     * The normalised forms of a name: the name itself and, for "Володимир (Володимир-Волинський)",
     * each part separately.
     */
    static Set<String> keys(String name) {
        Set<String> keys = new LinkedHashSet<>();
        String n = normalise(name);
        if (n.isEmpty()) {
            return keys;
        }
        keys.add(n);
        int open = n.indexOf('(');
        int close = n.lastIndexOf(')');
        if (open >= 0 && close > open) {
            String outer = n.substring(0, open).strip();
            String inner = n.substring(open + 1, close).strip();
            if (!outer.isEmpty()) {
                keys.add(normalise(outer));
            }
            if (!inner.isEmpty()) {
                keys.add(normalise(inner));
            }
        }
        return keys;
    }

    /** Loose Latin spellings of Cyrillic letters, Ukrainian and Russian, for {@link #latinSpelling}. */
    private static final java.util.Map<Character, String> LOOSE_LATIN = looseLatin();

    private static java.util.Map<Character, String> looseLatin() {
        String cyrillic = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэёъ";
        String[] latin = {"a", "b", "v", "h", "h", "d", "e", "ie", "zh", "z", "i", "i", "i", "i", "k", "l", "m", "n",
            "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "iu", "ia", "i", "e", "io", ""};
        java.util.Map<Character, String> map = new java.util.HashMap<>();
        for (int i = 0; i < cyrillic.length(); i++) {
            map.put(cyrillic.charAt(i), latin[i]);
        }
        return java.util.Map.copyOf(map);
    }

    /**
     * One Latin spelling for the many ways a name is written: Ukrainian or Russian Cyrillic, the
     * national transliteration, BGN/PCGN or older Latin forms. Cyrillic letters go to Latin loosely
     * (и, і, ї, й, ы all to i; г and ґ to h; ь, ъ and apostrophes vanish); in Latin text y and j
     * become i, g becomes h, w becomes v; then every run of one letter is written once. So
     * "Бердянськ", "Бердянск" and "Berdyans'k" all give "berdiansk", "Марганець" and "Марганец" give
     * "marhanets", "Кам’янське" and "Kamyanske" give "kamianske". Words are joined by single hyphens.
     * Meant for comparing names inside one hromada, where a loose match is safe; empty for an
     * empty name.
     */
    static String latinSpelling(String name) {
        String n = normalise(name);
        StringBuilder latin = new StringBuilder(n.length() + 8);
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            String mapped = LOOSE_LATIN.get(c);
            if (mapped != null) {
                latin.append(mapped);
            } else if (c >= 'a' && c <= 'z') {
                latin.append(switch (c) {
                    case 'y', 'j' -> 'i';
                    case 'g' -> 'h';
                    case 'w' -> 'v';
                    default -> c;
                });
            } else if (c == ' ' || c == '-') {
                latin.append('-');
            }
            // apostrophes, primes, dots and other marks are left out
        }
        return squeezed(latin, "");
    }

    /**
     * The consonants of {@link #latinSpelling}, after Polish digraphs (sz, cz, rz) are read as sh, ch,
     * zh: "Циків" and "Tsykov" both give "tskv", "Білявці" and "Belyavtsy" "blvts", "Хватів" and
     * "Khvatuv" "khvtv". GeoNames often names villages of western Ukraine in Russian or Polish forms
     * whose vowels differ from the Ukrainian name (о/і, ó/і, ѣ/і); their consonants mostly agree. A
     * very loose key: only for a last matching step inside one hromada, and only where it pairs one
     * settlement with one place.
     */
    static String consonants(String latinSpelling) {
        return squeezed(latinSpelling.replace("sz", "sh").replace("cz", "ch").replace("rz", "zh"), "aeiou");
    }

    /**
     * The text without the characters {@code dropped}, doubled letters written once, and no word break
     * ('-') at either end.
     */
    private static String squeezed(CharSequence text, String dropped) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (dropped.indexOf(c) >= 0) {
                continue;
            }
            if (out.length() == 0 ? c != '-' : out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '-') {
            end--;
        }
        return out.substring(0, end);
    }

    /**
     * {@link #consonants} of a Latin spelling and variants of it: the words in alphabetical order
     * ("Doroshuv Malyy" for Малий Дорошів), where a word ends in ts that ending read as ch (Polish
     * -ice is Ukrainian -ичі: "Pikulovitse" for Пикуловичі), and each of these without word breaks
     * ("Novo-Ustinovka" for Новоустинівка).
     */
    static Set<String> consonantKeys(String latinSpelling) {
        Set<String> keys = new LinkedHashSet<>();
        String plain = consonants(latinSpelling);
        keys.add(plain);
        String[] words = plain.split("-");
        if (words.length > 1) {
            String[] sorted = words.clone();
            java.util.Arrays.sort(sorted);
            keys.add(String.join("-", sorted));
        }
        boolean changed = false;
        for (int i = 0; i < words.length; i++) {
            if (words[i].endsWith("ts")) {
                words[i] = words[i].substring(0, words[i].length() - 2) + "ch";
                changed = true;
            }
        }
        if (changed) {
            keys.add(String.join("-", words));
        }
        Set<String> joined = new LinkedHashSet<>();
        keys.forEach(k -> joined.add(k.replace("-", "")));
        keys.addAll(joined);
        return keys;
    }

    /** {@link #latinSpelling} of each name and of each part of "Володимир (Володимир-Волинський)". */
    static Set<String> latinSpellings(Collection<String> names) {
        Set<String> spellings = new LinkedHashSet<>();
        for (String key : keys(names)) {
            String spelling = latinSpelling(key);
            if (!spelling.isEmpty()) {
                spellings.add(spelling);
            }
        }
        return spellings;
    }

    static Set<String> keys(Collection<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        for (String name : names) {
            keys.addAll(keys(name));
        }
        return keys;
    }

    /**
     * The Ukrainian name of a GeoNames place: GeoNames' main name for Ukraine is a Latin
     * transliteration, and its alternates mix Ukrainian and Russian forms. Picks the first Cyrillic
     * alternate with a letter only Ukrainian has (і ї є ґ), else the first Cyrillic one with no
     * letter only Russian has (ы э ъ ё) nor a Russian adjective ending, else the main name.
     */
    static String ukrainianName(GeoNamesPlace place) {
        String neutral = null;
        for (String alternate : place.alternateNames()) {
            if (!CYRILLIC.matcher(alternate).matches()) {
                continue;
            }
            if (UKRAINIAN_LETTER.matcher(alternate).matches()) {
                return alternate;
            }
            if (neutral == null && !RUSSIAN_LETTER.matcher(alternate).matches()
                    && !RUSSIAN_ENDING.matcher(alternate.toLowerCase(UK)).matches()) {
                neutral = alternate;
            }
        }
        return neutral != null ? neutral : place.name();
    }
}

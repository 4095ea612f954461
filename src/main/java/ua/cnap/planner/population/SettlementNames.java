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

package ua.cnap.planner.territory;

import java.util.Map;

/**
 * Ukrainian names in Latin letters by the national transliteration system (Cabinet of Ministers
 * Resolution No. 55 of 27 January 2010), the one road signs and official English names use:
 * "Чернівецька" → "Chernivetska", "Згурівка" → "Zghurivka".
 *
 * <p>Written here rather than taken from ICU4J: ICU ships BGN/PCGN and ISO 9 rules for Ukrainian,
 * not the national system, and the whole table is a few lines.
 */
public final class UkrainianLatin {

    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "h"),
            Map.entry('ґ', "g"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('є', "ie"),
            Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "y"), Map.entry('і', "i"),
            Map.entry('ї', "i"), Map.entry('й', "i"), Map.entry('к', "k"), Map.entry('л', "l"),
            Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
            Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"),
            Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ь', ""), Map.entry('ю', "iu"),
            Map.entry('я', "ia"));

    /** Letters written differently at the start of a word. */
    private static final Map<Character, String> WORD_INITIAL = Map.of(
            'є', "ye", 'ї', "yi", 'й', "y", 'ю', "yu", 'я', "ya");

    private UkrainianLatin() {
    }

    public static String transliterate(String ukrainian) {
        if (ukrainian == null) {
            return null;
        }
        StringBuilder latin = new StringBuilder(ukrainian.length() + 8);
        boolean wordStart = true;
        for (int i = 0; i < ukrainian.length(); i++) {
            char original = ukrainian.charAt(i);
            char c = Character.toLowerCase(original);
            if (c == '\'' || c == '’' || c == 'ʼ') {
                continue; // the apostrophe is not written
            }
            String letters;
            if (c == 'г' && i > 0 && Character.toLowerCase(ukrainian.charAt(i - 1)) == 'з') {
                letters = "gh"; // зг → zgh, to tell it from ж (zh)
            } else if (wordStart && WORD_INITIAL.containsKey(c)) {
                letters = WORD_INITIAL.get(c);
            } else {
                letters = LETTERS.get(c);
            }
            if (letters == null) {
                latin.append(original);
            } else if (Character.isUpperCase(original) && !letters.isEmpty()) {
                latin.append(Character.toUpperCase(letters.charAt(0))).append(letters, 1, letters.length());
            } else {
                latin.append(letters);
            }
            wordStart = !Character.isLetter(original);
        }
        return latin.toString();
    }
}

package ua.cnap.planner.account;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.List;
import ua.cnap.planner.io.LocalizedBadInputException;

/**
 * Password rules after OWASP ASVS 4.0 level 1 (V2.1): at least {@value #MIN_LENGTH} and at most
 * {@value #MAX_LENGTH} characters (code points, spaces and any script allowed), no composition rules, and
 * no common or guessable password. "Common" is zxcvbn's estimate (nulab's Java port, MIT): its bundled
 * lists of the most used passwords, names and words, keyboard walks, repeats, sequences and dates, and
 * the username and this application's name as extra words. A password zxcvbn scores below
 * {@value #MIN_ZXCVBN_SCORE} (fewer than about 10^8 guesses) is refused. We took zxcvbn over a plain
 * top-N list because "password1234" and "qwertyuiop12" are 12 characters long yet not in short lists.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final int MIN_ZXCVBN_SCORE = 3;
    /** zxcvbn's matching grows quickly with length; longer passwords are judged by their first 100 characters. */
    private static final int MEASURED_LENGTH = 100;
    private static final List<String> APPLICATION_WORDS = List.of("cnap", "planner", "cnap-planner", "цнап");

    /** Loads its word lists once; measuring is thread-safe. */
    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    /** Why a password is refused. */
    public enum Problem {
        TOO_SHORT, TOO_LONG, TOO_COMMON
    }

    /**
     * @throws LocalizedBadInputException naming the field {@code password} and the rule it breaks
     */
    public void check(String password, String username) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw refused(Problem.TOO_SHORT, "at least " + MIN_LENGTH + " characters (" + length + " given)",
                    MIN_LENGTH, length);
        }
        if (length > MAX_LENGTH) {
            throw refused(Problem.TOO_LONG, "at most " + MAX_LENGTH + " characters (" + length + " given)",
                    MAX_LENGTH, length);
        }
        List<String> words = new ArrayList<>(APPLICATION_WORDS);
        if (username != null) {
            words.add(username);
        }
        String measured = password.length() > MEASURED_LENGTH ? password.substring(0, MEASURED_LENGTH) : password;
        if (ZXCVBN.measure(measured, words).getScore() < MIN_ZXCVBN_SCORE) {
            throw refused(Problem.TOO_COMMON, "too common or easy to guess (a known password, a word with digits, "
                    + "a keyboard row, a repeat or the username); a few unrelated words make a good password", 0, 0);
        }
    }

    private static LocalizedBadInputException refused(Problem problem, String reason, int limit, int length) {
        return new LocalizedBadInputException("password", null, reason, "error.password." + problem.name(), limit,
                length);
    }
}

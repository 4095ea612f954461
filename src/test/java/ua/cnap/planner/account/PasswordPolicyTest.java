package ua.cnap.planner.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import ua.cnap.planner.io.LocalizedBadInputException;

/** ASVS level 1 password rules: length in characters, no composition rules, no common passwords. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    /** Lower-case Latin letters drawn at random: hard to guess, no digits, capitals or signs. */
    private static String randomLetters(int length) {
        Random random = new Random(length);
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    private LocalizedBadInputException refusal(String password, String username) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> policy.check(password, username));
        assertThat(thrown).as(password).isInstanceOf(LocalizedBadInputException.class);
        return (LocalizedBadInputException) thrown;
    }

    @Test
    void lengthIsCountedInCharactersFrom12To128() {
        assertThat(refusal(randomLetters(11), "olena").messageKey()).isEqualTo("error.password.TOO_SHORT");
        assertThatCode(() -> policy.check(randomLetters(12), "olena")).doesNotThrowAnyException();
        assertThatCode(() -> policy.check(randomLetters(128), "olena")).doesNotThrowAnyException();
        assertThat(refusal(randomLetters(129), "olena").messageKey()).isEqualTo("error.password.TOO_LONG");
        // 12 Cyrillic letters and a space are 12 characters, though 23 bytes in UTF-8
        assertThatCode(() -> policy.check("зелений їжак", "olena")).doesNotThrowAnyException();
        assertThat(refusal("", "olena").messageArguments()).containsExactly(12, 0);
    }

    @Test
    void noCompositionRulesButNoCommonOrGuessablePasswords() {
        assertThatCode(() -> policy.check("tramvai dudka", "olena")).as("lower-case words only")
                .doesNotThrowAnyException();
        for (String common : new String[] {"password1234", "qwertyuiop12", "123456789012", "aaaaaaaaaaaa"}) {
            assertThat(refusal(common, "olena").messageKey()).isEqualTo("error.password.TOO_COMMON");
        }
        assertThat(refusal("olenaolena12", "olena").messageKey()).as("the user name twice and digits")
                .isEqualTo("error.password.TOO_COMMON");
    }

    @Test
    void aRefusalNamesThePasswordFieldWithoutEchoingThePassword() {
        LocalizedBadInputException e = refusal("password1234", "olena");
        assertThat(e.source()).isEqualTo("password");
        assertThat(e.getMessage()).doesNotContain("password1234");
        assertThatThrownBy(() -> policy.check(null, "olena")).isInstanceOf(LocalizedBadInputException.class);
    }
}

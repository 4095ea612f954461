package ua.cnap.planner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The language of an error, its texts in both languages, and what never reaches a user. */
class ErrorMessagesTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(ErrorMessagesTest.class.getResourceAsStream("/i18n/" + name),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void everyMessageExistsInBothLanguages() throws IOException {
        assertThat(bundle("web-errors_en.properties").keySet())
                .containsExactlyInAnyOrderElementsOf(bundle("web-errors_uk.properties").keySet());
        assertThat(bundle("login_en.properties").keySet())
                .containsExactlyInAnyOrderElementsOf(bundle("login_uk.properties").keySet());
        assertThat(bundle("web-errors_uk.properties").values()).allSatisfy(text -> assertThat((String) text)
                .as("MessageFormat swallows a single ' : write ʼ").doesNotContain("'"));
    }

    @Test
    void ukrainianUnlessTheCallerAsksForEnglish() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        assertThat(ErrorMessages.locale(request)).isEqualTo(ErrorMessages.UKRAINIAN);
        request.addHeader("Accept-Language", "de-DE,en;q=0.5");
        assertThat(ErrorMessages.locale(request)).isEqualTo(Locale.ENGLISH);
        MockHttpServletRequest ukrainianFirst = new MockHttpServletRequest();
        ukrainianFirst.addHeader("Accept-Language", "uk,en;q=0.8");
        assertThat(ErrorMessages.locale(ukrainianFirst)).isEqualTo(ErrorMessages.UKRAINIAN);
        ukrainianFirst.addParameter("lang", "en");
        assertThat(ErrorMessages.locale(ukrainianFirst)).as("lang= wins").isEqualTo(Locale.ENGLISH);

        ErrorMessages messages = new ErrorMessages();
        assertThat(messages.text("error.scenario.nameTooLong", ErrorMessages.UKRAINIAN, 301, 300))
                .isEqualTo("Назва сценарію задовга: 301 символів, допустимо не більше 300.");
        assertThat(messages.text("error.scenario.nameTooLong", Locale.ENGLISH, 301, 300)).contains("too long");
    }

    @Test
    void classNamesAndServerPathsAreCutOutButApiPathsStay() {
        assertThat(ErrorMessages.withoutInternals("No enum constant ua.cnap.planner.importing.RegisterFormat.FOO"))
                .doesNotContain("ua.cnap");
        assertThat(ErrorMessages.withoutInternals("cannot read /tmp/cnap-upload123/x.csv: broken"))
                .isEqualTo("cannot read … broken");
        assertThat(ErrorMessages.withoutInternals("see /api/me/password")).isEqualTo("see /api/me/password");
    }
}

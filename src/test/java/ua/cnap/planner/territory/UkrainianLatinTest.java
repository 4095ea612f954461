package ua.cnap.planner.territory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Examples given in Cabinet of Ministers Resolution No. 55 (2010) itself, and official oblast names. */
class UkrainianLatinTest {

    @Test
    void followsTheResolutionsExamples() {
        assertThat(UkrainianLatin.transliterate("Алушта")).isEqualTo("Alushta");
        assertThat(UkrainianLatin.transliterate("Згурівка")).isEqualTo("Zghurivka");
        assertThat(UkrainianLatin.transliterate("Розгон")).isEqualTo("Rozghon");
        assertThat(UkrainianLatin.transliterate("Єнакієве")).isEqualTo("Yenakiieve");
        assertThat(UkrainianLatin.transliterate("Їжакевич")).isEqualTo("Yizhakevych");
        assertThat(UkrainianLatin.transliterate("Кадиївка")).isEqualTo("Kadyivka");
        assertThat(UkrainianLatin.transliterate("Йосипівка")).isEqualTo("Yosypivka");
        assertThat(UkrainianLatin.transliterate("Стрий")).isEqualTo("Stryi");
        assertThat(UkrainianLatin.transliterate("Юрій")).isEqualTo("Yurii");
        assertThat(UkrainianLatin.transliterate("Яготин")).isEqualTo("Yahotyn");
        assertThat(UkrainianLatin.transliterate("Костянтин")).isEqualTo("Kostiantyn");
        assertThat(UkrainianLatin.transliterate("Знам’янка")).isEqualTo("Znamianka");
        assertThat(UkrainianLatin.transliterate("Щербухи")).isEqualTo("Shcherbukhy");
        assertThat(UkrainianLatin.transliterate("Гоща")).isEqualTo("Hoshcha");
    }

    @Test
    void writesOblastNamesAsOfficialEnglishDoes() {
        assertThat(UkrainianLatin.transliterate("Чернівецька")).isEqualTo("Chernivetska");
        assertThat(UkrainianLatin.transliterate("Івано-Франківська")).isEqualTo("Ivano-Frankivska");
        assertThat(UkrainianLatin.transliterate("Київська")).isEqualTo("Kyivska");
        assertThat(UkrainianLatin.transliterate("Автономна Республіка Крим")).isEqualTo("Avtonomna Respublika Krym");
    }
}

package ua.cnap.planner.population;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The loose name keys the settlement points are matched on. */
class SettlementNamesTest {

    @Test
    void ukrainianRussianAndLatinFormsShareOneLatinSpelling() {
        assertThat(SettlementNames.latinSpelling("Бердянськ")).isEqualTo("berdiansk")
                .isEqualTo(SettlementNames.latinSpelling("Бердянск"))
                .isEqualTo(SettlementNames.latinSpelling("Berdyans'k"));
        assertThat(SettlementNames.latinSpelling("Марганець")).isEqualTo(SettlementNames.latinSpelling("Марганец"));
        assertThat(SettlementNames.latinSpelling("Кам’янське")).isEqualTo(SettlementNames.latinSpelling("Kamyanske"));
        assertThat(SettlementNames.latinSpelling("Заріччя")).isEqualTo(SettlementNames.latinSpelling("Zarichchya"));
        assertThat(SettlementNames.latinSpelling("Нова Одеса")).isEqualTo("nova-odesa");
        // different names stay different
        assertThat(SettlementNames.latinSpelling("Іванівка")).isNotEqualTo(SettlementNames.latinSpelling("Ivanovka"));
        assertThat(SettlementNames.latinSpelling("")).isEmpty();
    }

    @Test
    void consonantKeysPairWesternSpellingsAndKeepDifferentNamesApart() {
        assertThat(SettlementNames.consonants(SettlementNames.latinSpelling("Циків"))).isEqualTo("tskv")
                .isEqualTo(SettlementNames.consonants(SettlementNames.latinSpelling("Tsykov")));
        assertThat(SettlementNames.consonantKeys(SettlementNames.latinSpelling("Pikulovitse")))
                .contains(SettlementNames.consonants(SettlementNames.latinSpelling("Пикуловичі")));
        assertThat(SettlementNames.consonantKeys(SettlementNames.latinSpelling("Doroshuv Malyy")))
                .containsAnyElementsOf(SettlementNames.consonantKeys(SettlementNames.latinSpelling("Малий Дорошів")));
        assertThat(SettlementNames.consonantKeys(SettlementNames.latinSpelling("Novo-Ustinovka")))
                .containsAnyElementsOf(SettlementNames.consonantKeys(SettlementNames.latinSpelling("Новоустинівка")));
        assertThat(SettlementNames.consonantKeys(SettlementNames.latinSpelling("Gruszka")))
                .containsAnyElementsOf(SettlementNames.consonantKeys(SettlementNames.latinSpelling("Грушка")));
        assertThat(SettlementNames.consonantKeys(SettlementNames.latinSpelling("Липники")))
                .doesNotContainAnyElementsOf(SettlementNames.consonantKeys(SettlementNames.latinSpelling("Лопушна")));
    }
}

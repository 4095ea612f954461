package ua.cnap.planner.wartime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.cnap.planner.wartime.WartimeFixture.AS_OF;
import static ua.cnap.planner.wartime.WartimeFixture.H1;
import static ua.cnap.planner.wartime.WartimeFixture.H2;
import static ua.cnap.planner.wartime.WartimeFixture.H3;
import static ua.cnap.planner.wartime.WartimeFixture.H4;
import static ua.cnap.planner.wartime.WartimeFixture.H5;
import static ua.cnap.planner.wartime.WartimeFixture.H6;
import static ua.cnap.planner.wartime.WartimeFixture.H7;
import static ua.cnap.planner.wartime.WartimeFixture.code;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import ua.cnap.planner.coverage.ExclusionChoice;
import ua.cnap.planner.coverage.TerritoryExclusions;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.population.Settlement;

/** The Order 376 list on a small oblast ({@link WartimeFixture}): each matching rule on its own hromada. */
class WartimeExclusionsTest {

    final WartimeExclusions wartime = WartimeFixture.exclusions(WartimeFixture.list());
    final Map<String, Settlement> settlements = WartimeFixture.SETTLEMENTS.stream()
            .collect(Collectors.toMap(Settlement::id, Function.identity()));

    @Test
    void aSettlementIsMatchedByItsCode() {
        TerritoryExclusions out = wartime.asOf(AS_OF);
        assertThat(out.excludes(settlements.get("s21"))).isTrue();
        // its neighbour in the same hromada, with another code, stays in
        assertThat(out.excludes(settlements.get("s22"))).isFalse();
        assertThat(out.settlementIds()).doesNotContain("s21");
    }

    @Test
    void aHromadaAllOfWhoseSettlementsAreListedCountsWhole() {
        TerritoryExclusions out = wartime.asOf(AS_OF);
        assertThat(out.excludesHromada(H1)).isTrue();
        assertThat(out.hromadasListedBySettlements()).containsExactly(H1);
    }

    @Test
    void theCodifierDecidesWhichSettlementsAHromadaHasWhereItIsKnown() {
        WartimeList list = WartimeFixture.list();
        // the codifier gives H1 a third settlement that the store lacks and the list does not name
        WartimeList third = list.withCodifierSettlements(java.util.List.of(H1, H1, H1, H2, H2, H6));
        assertThat(WartimeFixture.exclusions(third).asOf(AS_OF).excludesHromada(H1)).isFalse();
        // without any codifier counts, H1's two coded settlements in the store, both listed, decide
        WartimeList noCounts = new WartimeList(list.source(), list.entries());
        assertThat(WartimeFixture.exclusions(noCounts).asOf(AS_OF).excludesHromada(H1)).isTrue();
    }

    @Test
    void resolvedExclusionsAreReusedUntilTheNextImport() {
        // a store whose import changes the list: H1 gets a third, unlisted settlement in the codifier
        WartimeList[] current = {WartimeFixture.list()};
        long[] importRun = {1};
        WartimeRepository store = new WartimeRepository() {
            @Override
            public WartimeList loadList() {
                return current[0];
            }

            @Override
            public long importRunId() {
                return importRun[0];
            }
        };
        WartimeExclusions cached = new WartimeExclusions(store, WartimeFixture.territory(),
                WartimeFixture.settlements());
        TerritoryExclusions first = cached.asOf(AS_OF);
        assertThat(first.excludesHromada(H1)).isTrue();
        assertThat(cached.asOf(AS_OF)).isSameAs(first);

        current[0] = current[0].withCodifierSettlements(java.util.List.of(H1, H1, H1, H2, H2, H6));
        assertThat(cached.asOf(AS_OF)).as("same import: reused").isSameAs(first);
        importRun[0] = 2;
        assertThat(cached.asOf(AS_OF).excludesHromada(H1)).as("a new import is resolved anew").isFalse();
        assertThat(cached.asOf(AS_OF.minusYears(5))).isNotSameAs(cached.asOf(AS_OF));
    }

    @Test
    void aHromadaWithOneUnlistedSettlementIsNotCountedWhole() {
        TerritoryExclusions out = wartime.asOf(AS_OF);
        assertThat(out.excludesHromada(H2)).isFalse();
        assertThat(out.hromadasListedBySettlements()).doesNotContain(H2);
    }

    @Test
    void aSettlementWithoutCodeFallsBackToItsNameButNeverMakesItsHromadaWhole() {
        TerritoryExclusions out = wartime.asOf(AS_OF);
        // s31 by code (listed as П'яте, stored as П’яте: the code decides), s32 by name (no code in the store)
        assertThat(out.excludes(settlements.get("s31"))).isTrue();
        assertThat(out.settlementIds()).containsExactly("s32");
        assertThat(out.excludesHromada(H3)).isFalse();
    }

    @Test
    void entriesNotInForceOnTheDateOrOfOtherCategoriesLeaveNothingOut() {
        TerritoryExclusions out = wartime.asOf(AS_OF);
        assertThat(out.excludesHromada(H4)).as("ended before the date").isFalse();
        assertThat(out.excludes(settlements.get("s41"))).isFalse();
        assertThat(out.excludes(settlements.get("s51"))).as("possible hostilities only").isFalse();
        assertThat(out.excludesHromada(H5)).isFalse();
        assertThat(out.excludes(settlements.get("s61"))).as("occupied only from the next day").isFalse();
        assertThat(out.excludesHromada(H6)).isFalse();
        // the day after, H6's only settlement is listed: the hromada is out whole
        TerritoryExclusions later = wartime.asOf(AS_OF.plusDays(1));
        assertThat(later.excludes(settlements.get("s61"))).isTrue();
        assertThat(later.hromadasListedBySettlements()).contains(H6);
        // while the H4 entry was in force the hromada was out
        assertThat(wartime.asOf(LocalDate.of(2022, 6, 1)).excludesHromada(H4)).isTrue();
    }

    @Test
    void aRaionEntryExpandsToItsHromadas() {
        TerritoryExclusions out = wartime.asOf(AS_OF);
        assertThat(out.excludesHromada(H7)).isTrue();
        assertThat(out.excludes(settlements.get("s71"))).isTrue();
        assertThat(out.hromadasListedBySettlements()).doesNotContain(H7);
    }

    @Test
    void theDefaultLeavesTheListedTerritoriesOutAsOfTodayAndSaysOnWhatBasis() {
        TerritoryExclusions out = wartime.resolve(ExclusionChoice.DEFAULT);
        assertThat(out.basis().asOf()).isEqualTo(AS_OF); // the fixture's clock: today
        assertThat(out.basis().excludeOccupied()).isTrue();
        assertThat(out.basis().listAvailable()).isTrue();
        assertThat(out.basis().edition()).isEqualTo("Наказ Мінрегіону № 376, редакція 07.05.2025");
        assertThat(out.basis().categories()).containsExactly("ACTIVE_HOSTILITIES", "OCCUPIED");
        assertThat(out.katottgCodes()).isEqualTo(wartime.asOf(AS_OF).katottgCodes());
        assertThat(out.katottgCodes()).contains(code(H2, 1), H1, H7);
    }

    @Test
    void theSwitchKeepsThemIn() {
        TerritoryExclusions out = wartime.resolve(ExclusionChoice.INCLUDE);
        assertThat(out.isEmpty()).isTrue();
        assertThat(out.basis().excludeOccupied()).isFalse();
        assertThat(out.basis().note()).contains("included on request");
        assertThat(WartimeFixture.SETTLEMENTS).noneMatch(out::excludes);
    }

    @Test
    void withoutAListTheDefaultSaysSoAndAnExplicitRequestIsRefused() {
        WartimeExclusions none = WartimeFixture.exclusions(WartimeList.EMPTY);
        TerritoryExclusions out = none.resolve(ExclusionChoice.DEFAULT);
        assertThat(out.isEmpty()).isTrue();
        assertThat(out.basis().listAvailable()).isFalse();
        assertThat(out.basis().note()).contains("no Order 376 list");
        assertThatThrownBy(() -> none.resolve(ExclusionChoice.excludeAsOf(AS_OF)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("no list");
    }

    @Test
    void theEditionComesFromTheFileName() {
        assertThat(new WartimeList("Наказ … № 376 (list.docx) {Перелік із змінами, внесеними наказом від 12.08.2025}",
                java.util.List.of()).edition()).isEqualTo("Наказ Мінрегіону № 376, редакція 12.08.2025");
        assertThat(WartimeList.EMPTY.edition()).isNull();
    }
}

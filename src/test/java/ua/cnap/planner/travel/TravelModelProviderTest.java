package ua.cnap.planner.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.cnap.planner.importing.RealData;
import ua.cnap.planner.io.BadInputException;

class TravelModelProviderTest {

    @TempDir
    Path workspace;

    @Test
    void withoutAnOsmExtractTheFittedFallbackIsUsedAndShowsItsError() {
        try (TravelModelProvider provider = new TravelModelProvider(RealData.folder(), workspace, "", 1.3)) {
            TravelTimeModel model = provider.get();
            assertThat(model).isInstanceOf(CalibratedFallbackModel.class);
            assertThat(model.error()).isPresent();
            assertThat(provider.get()).isSameAs(model);
        }
    }

    @Test
    void aConfiguredOsmExtractGivesTheRoadModel() {
        try (TravelModelProvider provider = new TravelModelProvider(RealData.folder(), workspace,
                "osm/andorra.osm.pbf", 1.3)) {
            TravelTimeModel model = provider.get();
            assertThat(model).isInstanceOf(RoadNetworkModel.class);
            assertThat(model.name()).startsWith("road");
            assertThat(model.error()).isEmpty();
        }
    }

    @Test
    void aMissingOsmExtractIsBadInputNamingIt() {
        try (TravelModelProvider provider = new TravelModelProvider(RealData.folder(), workspace,
                "osm/nowhere.osm.pbf", 1.3)) {
            assertThatThrownBy(provider::get).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("nowhere.osm.pbf");
        }
    }
}

package ua.cnap.planner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The PostGIS tests drop every table: they must refuse a database that is not for tests. */
class PostgisTestServerTest {

    @Test
    void aDatabaseWhoseNameDoesNotSayTestIsRefused() {
        assertThatThrownBy(() -> PostgisTestServer.refuseUnlessTestDatabase("jdbc:postgresql://db:5432/cnap_planner"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'cnap_planner'");
        assertThatThrownBy(() -> PostgisTestServer.refuseUnlessTestDatabase(
                "jdbc:postgresql://db/production?ssl=true")).hasMessageContaining("'production'");
    }

    @Test
    void testAndHelperDatabasesAreAccepted() {
        assertThatCode(() -> PostgisTestServer.refuseUnlessTestDatabase(
                "jdbc:postgresql://127.0.0.1:5432/cnap_planner_test")).doesNotThrowAnyException();
        assertThatCode(() -> PostgisTestServer.refuseUnlessTestDatabase(
                "jdbc:postgresql://127.0.0.1:5432/cnap_planner_store?sslmode=disable")).doesNotThrowAnyException();
        assertThat(PostgisTestServer.databaseName("jdbc:postgresql://h/my_test_db?x=1")).isEqualTo("my_test_db");
    }
}

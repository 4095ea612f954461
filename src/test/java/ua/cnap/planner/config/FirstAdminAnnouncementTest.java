package ua.cnap.planner.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import ua.cnap.planner.account.AccountService;
import ua.cnap.planner.account.PasswordHashing;
import ua.cnap.planner.store.JdbcAccountRepository;
import ua.cnap.planner.store.PlannerStore;
import ua.cnap.planner.store.StoreSettings;

/** The first admin's generated password goes to standard output once and never into the log. */
class FirstAdminAnnouncementTest {

    @TempDir
    Path workspace;
    PlannerStore store;
    AccountService accounts;
    final ListAppender<ILoggingEvent> log = new ListAppender<>();
    final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void open() {
        store = PlannerStore.open(StoreSettings.embedded(workspace));
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        accounts = new AccountService(new JdbcAccountRepository(store), new PasswordHashing() {
            @Override
            public String hash(String rawPassword) {
                return bcrypt.encode(rawPassword);
            }

            @Override
            public boolean matches(String rawPassword, String hash) {
                return bcrypt.matches(rawPassword, hash);
            }
        });
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void close() {
        root.detachAppender(log);
        store.close();
    }

    private String announce(String configured) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FirstAdminAnnouncement.announce(accounts, configured, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aGeneratedPasswordIsPrintedOnceAndNeverLogged() {
        String printed = announce(null);
        String password = printed.replaceAll("(?s).*one-time password (\\S+).*", "$1");
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(accounts.authenticate("admin", password)).isPresent();
        assertThat(printed.split(java.util.regex.Pattern.quote(password), -1)).as("printed exactly once").hasSize(2);

        assertThat(log.list).isNotEmpty().allSatisfy(event -> {
            assertThat(event.getFormattedMessage()).doesNotContain(password);
            assertThat(event.getThrowableProxy()).isNull();
        });
        assertThat(log.list).map(ILoggingEvent::getFormattedMessage)
                .anySatisfy(line -> assertThat(line).contains("standard output").contains("reset-password admin"));
        assertThat(accounts.findAccount("admin").orElseThrow().mustChangePassword()).isTrue();

        assertThat(announce(null)).as("the second start prints nothing").isEmpty();
    }

    @Test
    void aConfiguredPasswordIgnoredBecauseAccountsExistIsSaid() {
        announce(null);
        log.list.clear();
        assertThat(announce("a configured admin secret")).isEmpty();
        assertThat(log.list).map(ILoggingEvent::getFormattedMessage)
                .anySatisfy(line -> assertThat(line).contains("PLANNER_ADMIN_PASSWORD").contains("ignored"));
        assertThat(accounts.authenticate("admin", "a configured admin secret")).isEmpty();
    }
}

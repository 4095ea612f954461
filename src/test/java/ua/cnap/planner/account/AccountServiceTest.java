package ua.cnap.planner.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.store.JdbcAccountRepository;
import ua.cnap.planner.store.PlannerStore;
import ua.cnap.planner.store.StoreSettings;

/** Accounts on a real embedded store, with BCrypt as the server uses it. */
class AccountServiceTest {

    @TempDir
    Path workspace;
    PlannerStore store;
    JdbcAccountRepository repository;
    AccountService accounts;

    @BeforeEach
    void open() {
        store = PlannerStore.open(StoreSettings.embedded(workspace));
        repository = new JdbcAccountRepository(store);
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        accounts = new AccountService(repository, new PasswordHashing() {
            @Override
            public String hash(String rawPassword) {
                return bcrypt.encode(rawPassword);
            }

            @Override
            public boolean matches(String rawPassword, String hash) {
                return bcrypt.matches(rawPassword, hash);
            }
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theFirstAdminsPasswordIsGeneratedOnceAndStoredOnlyAsAHash() {
        AccountService.FirstAdmin first = accounts.ensureFirstAdmin(null);
        assertThat(first.created()).isTrue();
        assertThat(first.generatedPassword()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(repository.findAccount("admin").orElseThrow().passwordHash())
                .isNotEqualTo(first.generatedPassword()).startsWith("$2");
        assertThat(accounts.authenticate("admin", first.generatedPassword())).isPresent();
        assertThat(accounts.authenticate("admin", "wrong password")).isEmpty();

        AccountService.FirstAdmin second = accounts.ensureFirstAdmin(null);
        assertThat(second.created()).isFalse();
        assertThat(second.generatedPassword()).isNull();
    }

    @Test
    void aConfiguredFirstPasswordIsUsedButMustBeLongEnough() {
        assertThatThrownBy(() -> accounts.ensureFirstAdmin("short")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("at least 12");
        assertThat(repository.countAccounts()).isZero();
        assertThat(accounts.ensureFirstAdmin("a-long-enough-secret").generatedPassword()).isNull();
        assertThat(accounts.authenticate("admin", "a-long-enough-secret")).isPresent();
    }

    @Test
    void tokensAuthenticateUntilRevokedAndAreNotStoredInClear() {
        accounts.create("olena", "planner-password", Role.PLANNER);
        AccountService.IssuedToken issued = accounts.issueToken("olena", "notebook");

        assertThat(accounts.authenticateToken(issued.token())).map(Account::username).contains("olena");
        assertThat(repository.listTokens("olena")).singleElement()
                .satisfies(t -> assertThat(t.tokenHash()).isNotEqualTo(issued.token()).hasSize(64));
        assertThat(accounts.authenticateToken(issued.token() + "x")).isEmpty();

        accounts.revokeToken("olena", issued.id(), false);
        assertThat(accounts.authenticateToken(issued.token())).isEmpty();
    }

    @Test
    void someoneElsesTokenCanOnlyBeRevokedByAnAdmin() {
        accounts.create("olena", "planner-password", Role.PLANNER);
        accounts.create("petro", "viewer-password", Role.VIEWER);
        AccountService.IssuedToken token = accounts.issueToken("olena", "script");
        assertThatThrownBy(() -> accounts.revokeToken("petro", token.id(), false))
                .isInstanceOf(BadInputException.class);
        assertThat(accounts.authenticateToken(token.token())).isPresent();
        accounts.revokeToken("petro", token.id(), true);
        assertThat(accounts.authenticateToken(token.token())).isEmpty();
    }

    @Test
    void theLastAdminStaysAndBadNamesAreRefused() {
        accounts.ensureFirstAdmin("a-long-enough-secret");
        assertThatThrownBy(() -> accounts.delete("admin")).hasMessageContaining("last admin");
        assertThatThrownBy(() -> accounts.changeRole("admin", Role.VIEWER)).hasMessageContaining("last admin");
        assertThatThrownBy(() -> accounts.create("Robert'); DROP TABLE account;--", "long-password-1", Role.VIEWER))
                .isInstanceOf(BadInputException.class).hasMessageContaining("lower-case");
        assertThat(repository.countAccounts()).isEqualTo(1);
        accounts.create("second.admin", "long-password-2", Role.ADMIN);
        accounts.delete("admin");
        assertThat(accounts.findAccount("admin")).isEmpty();
    }

    @Test
    void aGeneratedFirstPasswordMustBeChangedAndAConfiguredOneIsIgnoredOnceAccountsExist() {
        AccountService.FirstAdmin first = accounts.ensureFirstAdmin(null);
        assertThat(accounts.findAccount("admin").orElseThrow().mustChangePassword()).isTrue();
        assertThat(accounts.ensureFirstAdmin("a-long-enough-secret").configuredIgnored()).isTrue();
        assertThat(accounts.authenticate("admin", "a-long-enough-secret")).isEmpty();

        Account changed = accounts.changeOwnPassword("admin", first.generatedPassword(), "olena chose this one");
        assertThat(changed.mustChangePassword()).isFalse();
        assertThat(changed.credentialsVersion()).isEqualTo(1);
        assertThat(accounts.authenticate("admin", "olena chose this one")).isPresent();
    }

    @Test
    void everyChangeOfPasswordOrRoleRaisesTheCredentialsVersion() {
        accounts.ensureFirstAdmin("a-long-enough-secret");
        accounts.create("olena", "planner-password", Role.PLANNER);
        assertThat(version("olena")).isZero();
        accounts.changeRole("olena", Role.PLANNER);
        assertThat(version("olena")).as("no change, no new version").isZero();
        accounts.changeRole("olena", Role.VIEWER);
        assertThat(version("olena")).isEqualTo(1);
        accounts.changePassword("olena", "set by the admin today", "admin");
        assertThat(version("olena")).isEqualTo(2);
        assertThat(accounts.findAccount("olena").orElseThrow().mustChangePassword())
                .as("a password set by someone else must be changed").isTrue();
        AccountService.IssuedPassword reset = accounts.resetPassword("olena");
        assertThat(version("olena")).isEqualTo(3);
        assertThat(accounts.authenticate("olena", reset.password())).isPresent();
        assertThat(accounts.authenticate("olena", "set by the admin today")).isEmpty();
    }

    @Test
    void ownPasswordChangeNeedsTheCurrentOneAndANewGoodOne() {
        accounts.create("olena", "planner-password", Role.PLANNER);
        assertThatThrownBy(() -> accounts.changeOwnPassword("olena", "not the password", "olena chose this one"))
                .hasMessageContaining("current password");
        assertThatThrownBy(() -> accounts.changeOwnPassword("olena", "planner-password", "planner-password"))
                .hasMessageContaining("differ");
        assertThatThrownBy(() -> accounts.changeOwnPassword("olena", "planner-password", "password1234"))
                .hasMessageContaining("too common");
        assertThat(version("olena")).isZero();
    }

    @Test
    void revokingAllTokensLeavesNoneThatWorks() {
        accounts.create("olena", "planner-password", Role.PLANNER);
        AccountService.IssuedToken first = accounts.issueToken("olena", "a");
        AccountService.IssuedToken second = accounts.issueToken("olena", "b");
        assertThat(accounts.revokeAllTokens("olena")).isEqualTo(2);
        assertThat(accounts.authenticateToken(first.token())).isEmpty();
        assertThat(accounts.authenticateToken(second.token())).isEmpty();
        assertThat(accounts.revokeAllTokens("olena")).isZero();
    }

    private int version(String username) {
        return accounts.findAccount(username).orElseThrow().credentialsVersion();
    }

    @Test
    void rolesIncludeTheOnesBelow() {
        assertThat(Role.ADMIN.includes(Role.PLANNER)).isTrue();
        assertThat(Role.PLANNER.includes(Role.VIEWER)).isTrue();
        assertThat(Role.VIEWER.includes(Role.PLANNER)).isFalse();
    }
}

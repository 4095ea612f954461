package ua.cnap.planner.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import ua.cnap.planner.account.Account;
import ua.cnap.planner.account.AccountRepository;
import ua.cnap.planner.account.ApiToken;
import ua.cnap.planner.account.Role;

/** Accounts and tokens in the planner's store; every query parameterised. */
public final class JdbcAccountRepository implements AccountRepository {

    private static final String COLUMNS =
            "username, password_hash, role, created_at, credentials_version, must_change_password";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public JdbcAccountRepository(PlannerStore store) {
        this.jdbc = new JdbcTemplate(store.dataSource());
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(store.dataSource()));
    }

    @Override
    public long countAccounts() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM account", Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public Optional<Account> findAccount(String username) {
        return jdbc.query("SELECT " + COLUMNS + " FROM account WHERE username = ?",
                (rs, i) -> account(rs), username).stream().findFirst();
    }

    @Override
    public List<Account> listAccounts() {
        return jdbc.query("SELECT " + COLUMNS + " FROM account ORDER BY username",
                (rs, i) -> account(rs));
    }

    @Override
    public void saveAccount(Account account) {
        transaction.executeWithoutResult(status -> {
            int updated = jdbc.update("UPDATE account SET password_hash = ?, role = ?, credentials_version = ?, "
                    + "must_change_password = ? WHERE username = ?", account.passwordHash(), account.role().name(),
                    account.credentialsVersion(), account.mustChangePassword(), account.username());
            if (updated == 0) {
                jdbc.update("INSERT INTO account (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)",
                        account.username(), account.passwordHash(), account.role().name(),
                        Timestamp.from(account.createdAt()), account.credentialsVersion(),
                        account.mustChangePassword());
            }
        });
    }

    @Override
    public void deleteAccount(String username) {
        transaction.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM api_token WHERE username = ?", username);
            jdbc.update("DELETE FROM account WHERE username = ?", username);
        });
    }

    @Override
    public void saveToken(ApiToken token) {
        jdbc.update("INSERT INTO api_token (id, username, name, token_hash, created_at) VALUES (?, ?, ?, ?, ?)",
                token.id(), token.username(), token.name(), token.tokenHash(), Timestamp.from(token.createdAt()));
    }

    @Override
    public Optional<ApiToken> findTokenByHash(String tokenHash) {
        return jdbc.query("SELECT id, username, name, token_hash, created_at FROM api_token WHERE token_hash = ?",
                (rs, i) -> token(rs), tokenHash).stream().findFirst();
    }

    @Override
    public List<ApiToken> listTokens(String username) {
        return jdbc.query("SELECT id, username, name, token_hash, created_at FROM api_token WHERE username = ? "
                + "ORDER BY created_at, id", (rs, i) -> token(rs), username);
    }

    @Override
    public void deleteToken(String id) {
        jdbc.update("DELETE FROM api_token WHERE id = ?", id);
    }

    private static Account account(ResultSet rs) throws SQLException {
        return new Account(rs.getString("username"), rs.getString("password_hash"), Role.valueOf(rs.getString("role")),
                rs.getTimestamp("created_at").toInstant(), rs.getInt("credentials_version"),
                rs.getBoolean("must_change_password"));
    }

    private static ApiToken token(ResultSet rs) throws SQLException {
        return new ApiToken(rs.getString("id"), rs.getString("username"), rs.getString("name"),
                rs.getString("token_hash"), rs.getTimestamp("created_at").toInstant());
    }
}

package ua.cnap.planner.account;

import java.util.List;
import java.util.Optional;

/** Where accounts and API tokens live (the planner's store). */
public interface AccountRepository {

    long countAccounts();

    Optional<Account> findAccount(String username);

    List<Account> listAccounts();

    /** Inserts or replaces. */
    void saveAccount(Account account);

    void deleteAccount(String username);

    void saveToken(ApiToken token);

    Optional<ApiToken> findTokenByHash(String tokenHash);

    List<ApiToken> listTokens(String username);

    void deleteToken(String id);
}

package ua.cnap.planner.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.LocalizedBadInputException;

/**
 * Accounts, the first admin, passwords and API tokens. Every change of a password or a role raises the
 * account's {@link Account#credentialsVersion()}, so that sessions opened before it end (the web edge
 * compares it on each request); a generated or admin-set password must be changed before anything else.
 */
public final class AccountService {

    public static final String FIRST_ADMIN = "admin";
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");

    private final AccountRepository accounts;
    private final PasswordHashing hashing;
    private final PasswordPolicy policy = new PasswordPolicy();
    private final SecureRandom random = new SecureRandom();

    public AccountService(AccountRepository accounts, PasswordHashing hashing) {
        this.accounts = accounts;
        this.hashing = hashing;
    }

    /**
     * What {@link #ensureFirstAdmin} did.
     *
     * @param generatedPassword the one-time password to show once (null unless generated)
     * @param created           whether the account was made now
     * @param configuredIgnored a password was configured but accounts exist already, so it was not used
     */
    public record FirstAdmin(String username, String generatedPassword, boolean created, boolean configuredIgnored) {
    }

    /**
     * On a store without accounts, creates {@code admin} with the configured password or, when none is
     * configured, a generated one that is returned to be shown once (it is stored only as a hash) and must
     * be changed at first login. With accounts present it does nothing and says whether a configured
     * password was thereby ignored.
     */
    public synchronized FirstAdmin ensureFirstAdmin(String configuredPassword) {
        boolean generate = configuredPassword == null || configuredPassword.isBlank();
        if (accounts.countAccounts() > 0) {
            return new FirstAdmin(FIRST_ADMIN, null, false, !generate);
        }
        String password = generate ? oneTimePassword() : configuredPassword;
        if (!generate) {
            policy.check(password, FIRST_ADMIN);
        }
        accounts.saveAccount(new Account(FIRST_ADMIN, hashing.hash(password), Role.ADMIN, Instant.now(), 0, generate));
        return new FirstAdmin(FIRST_ADMIN, generate ? password : null, true, false);
    }

    public Account create(String username, String password, Role role) {
        checkNewUsername(username);
        policy.check(password, username);
        Account account = new Account(username, hashing.hash(password), role, Instant.now(), 0, false);
        accounts.saveAccount(account);
        return account;
    }

    /** A new account with a generated one-time password, to be changed at first login. */
    public IssuedPassword createWithOneTimePassword(String username, Role role) {
        checkNewUsername(username);
        String password = oneTimePassword();
        accounts.saveAccount(new Account(username, hashing.hash(password), role, Instant.now(), 0, true));
        return new IssuedPassword(username, password);
    }

    /** A password shown once to whoever hands it on; it must be changed at first login. */
    public record IssuedPassword(String username, String password) {
    }

    /**
     * An admin sets someone's password: the account's sessions end and its owner must change the password
     * at the next login (an admin setting their own password does not have to).
     */
    public void changePassword(String username, String newPassword, String changedBy) {
        Account account = find(username);
        policy.check(newPassword, username);
        accounts.saveAccount(account.withPassword(hashing.hash(newPassword), !username.equals(changedBy)));
    }

    /**
     * The owner changes their own password: the current one must be right, the new one must differ and
     * follow the rules; the must-change flag is cleared and other sessions end.
     *
     * @return the account as it is now
     */
    public Account changeOwnPassword(String username, String currentPassword, String newPassword) {
        Account account = find(username);
        if (currentPassword == null || !hashing.matches(currentPassword, account.passwordHash())) {
            throw new LocalizedBadInputException("currentPassword", null, "the current password is not right",
                    "error.password.WRONG_CURRENT");
        }
        if (currentPassword.equals(newPassword)) {
            throw new LocalizedBadInputException("newPassword", null, "the new password must differ from the current one",
                    "error.password.SAME_AS_CURRENT");
        }
        policy.check(newPassword, username);
        Account changed = account.withPassword(hashing.hash(newPassword), false);
        accounts.saveAccount(changed);
        return changed;
    }

    /**
     * A lost password: a new one-time password (shown once, to be changed at first login); sessions of
     * the account end. Works on a stopped server through the {@code account} command.
     */
    public IssuedPassword resetPassword(String username) {
        Account account = find(username);
        String password = oneTimePassword();
        accounts.saveAccount(account.withPassword(hashing.hash(password), true));
        return new IssuedPassword(username, password);
    }

    public void changeRole(String username, Role role) {
        Account account = find(username);
        if (account.role() == role) {
            return;
        }
        if (account.role() == Role.ADMIN && countAdmins() == 1) {
            throw new BadInputException("role", username, "the last admin cannot lose the admin role");
        }
        accounts.saveAccount(account.withRole(role));
    }

    public void delete(String username) {
        Account account = find(username);
        if (account.role() == Role.ADMIN && countAdmins() == 1) {
            throw new BadInputException("username", username, "the last admin cannot be deleted");
        }
        accounts.listTokens(username).forEach(token -> accounts.deleteToken(token.id()));
        accounts.deleteAccount(username);
    }

    /** Revokes every API token of the account; returns how many there were. */
    public int revokeAllTokens(String username) {
        find(username);
        List<ApiToken> tokens = accounts.listTokens(username);
        tokens.forEach(token -> accounts.deleteToken(token.id()));
        return tokens.size();
    }

    public List<Account> list() {
        return accounts.listAccounts();
    }

    public Optional<Account> findAccount(String username) {
        return accounts.findAccount(username);
    }

    /** The account if the password is right. */
    public Optional<Account> authenticate(String username, String password) {
        return accounts.findAccount(username).filter(a -> hashing.matches(password, a.passwordHash()));
    }

    /** A new token, returned in clear once; only its hash is kept. */
    public record IssuedToken(String id, String name, String token) {
    }

    public IssuedToken issueToken(String username, String name) {
        find(username);
        String token = "cnap_" + randomSecret(32);
        String id = UUID.randomUUID().toString();
        accounts.saveToken(new ApiToken(id, username, name == null || name.isBlank() ? "token" : name.strip(),
                sha256(token), Instant.now()));
        return new IssuedToken(id, name, token);
    }

    /** The account a token belongs to, if the token is known. */
    public Optional<Account> authenticateToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return accounts.findTokenByHash(sha256(token.strip())).flatMap(t -> accounts.findAccount(t.username()));
    }

    public List<ApiToken> listTokens(String username) {
        return accounts.listTokens(username);
    }

    /** Revokes a token of {@code username} (admins may revoke anyone's). */
    public void revokeToken(String username, String tokenId, boolean admin) {
        boolean own = accounts.listTokens(username).stream().anyMatch(t -> t.id().equals(tokenId));
        if (!own && !admin) {
            throw new BadInputException("token", tokenId, "no such token of " + username);
        }
        accounts.deleteToken(tokenId);
    }

    private Account find(String username) {
        return accounts.findAccount(username)
                .orElseThrow(() -> new LocalizedBadInputException("username", username, "no such account",
                        "error.username.UNKNOWN", username));
    }

    private long countAdmins() {
        return accounts.listAccounts().stream().filter(a -> a.role() == Role.ADMIN).count();
    }

    private void checkNewUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new LocalizedBadInputException("username", username,
                    "use 2-40 characters: lower-case Latin letters, digits, '.', '_' or '-'", "error.username.FORMAT");
        }
        if (accounts.findAccount(username).isPresent()) {
            throw new LocalizedBadInputException("username", username, "already exists", "error.username.EXISTS",
                    username);
        }
    }

    /** 18 random bytes, URL-safe Base64: 24 characters, about 144 bits. */
    private String oneTimePassword() {
        return randomSecret(18);
    }

    private String randomSecret(int bytes) {
        byte[] secret = new byte[bytes];
        random.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

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

/** Accounts, the first admin, passwords and API tokens. */
public final class AccountService {

    public static final String FIRST_ADMIN = "admin";
    static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");

    private final AccountRepository accounts;
    private final PasswordHashing hashing;
    private final SecureRandom random = new SecureRandom();

    public AccountService(AccountRepository accounts, PasswordHashing hashing) {
        this.accounts = accounts;
        this.hashing = hashing;
    }

    /** What {@link #ensureFirstAdmin} did. */
    public record FirstAdmin(String username, String generatedPassword, boolean created) {
    }

    /**
     * On a store without accounts, creates {@code admin} with the configured password or, when none is
     * configured, a generated one that is returned to be printed once (it is stored only as a hash).
     * With accounts present it does nothing.
     */
    public synchronized FirstAdmin ensureFirstAdmin(String configuredPassword) {
        if (accounts.countAccounts() > 0) {
            return new FirstAdmin(FIRST_ADMIN, null, false);
        }
        boolean generate = configuredPassword == null || configuredPassword.isBlank();
        String password = generate ? randomSecret(18) : configuredPassword;
        if (!generate) {
            checkPassword(password);
        }
        accounts.saveAccount(new Account(FIRST_ADMIN, hashing.hash(password), Role.ADMIN, Instant.now()));
        return new FirstAdmin(FIRST_ADMIN, generate ? password : null, true);
    }

    public Account create(String username, String password, Role role) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new BadInputException("username", username,
                    "use 2-40 characters: lower-case Latin letters, digits, '.', '_' or '-'");
        }
        if (accounts.findAccount(username).isPresent()) {
            throw new BadInputException("username", username, "already exists");
        }
        checkPassword(password);
        Account account = new Account(username, hashing.hash(password), role, Instant.now());
        accounts.saveAccount(account);
        return account;
    }

    public void changePassword(String username, String newPassword) {
        Account account = find(username);
        checkPassword(newPassword);
        accounts.saveAccount(new Account(username, hashing.hash(newPassword), account.role(), account.createdAt()));
    }

    public void changeRole(String username, Role role) {
        Account account = find(username);
        if (account.role() == Role.ADMIN && role != Role.ADMIN && countAdmins() == 1) {
            throw new BadInputException("role", username, "the last admin cannot lose the admin role");
        }
        accounts.saveAccount(new Account(username, account.passwordHash(), role, account.createdAt()));
    }

    public void delete(String username) {
        Account account = find(username);
        if (account.role() == Role.ADMIN && countAdmins() == 1) {
            throw new BadInputException("username", username, "the last admin cannot be deleted");
        }
        accounts.listTokens(username).forEach(token -> accounts.deleteToken(token.id()));
        accounts.deleteAccount(username);
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
                .orElseThrow(() -> new BadInputException("username", username, "no such account"));
    }

    private long countAdmins() {
        return accounts.listAccounts().stream().filter(a -> a.role() == Role.ADMIN).count();
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new BadInputException("password", null, "at least " + MIN_PASSWORD_LENGTH + " characters");
        }
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

package ua.cnap.planner.web;

import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import ua.cnap.planner.account.Account;
import ua.cnap.planner.account.Role;

/**
 * The principal of a login session: the account as it was at login, with the credentials version that
 * {@link AccountStateFilter} compares with the store on every request.
 */
public final class AccountUser extends User {

    private static final long serialVersionUID = 1L;

    private final int credentialsVersion;

    private AccountUser(Account account, boolean locked) {
        super(account.username(), account.passwordHash(), true, true, true, !locked, authorities(account.role()));
        this.credentialsVersion = account.credentialsVersion();
    }

    /** The account's principal; {@code locked} (login throttled) refuses even the right password. */
    public static AccountUser of(Account account, boolean locked) {
        return new AccountUser(account, locked);
    }

    public int credentialsVersion() {
        return credentialsVersion;
    }

    /** A role carries the rights of the roles below it. */
    public static List<GrantedAuthority> authorities(Role role) {
        return Arrays.stream(Role.values()).filter(role::includes)
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other) && other instanceof AccountUser user && user.credentialsVersion == credentialsVersion;
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + credentialsVersion;
    }
}

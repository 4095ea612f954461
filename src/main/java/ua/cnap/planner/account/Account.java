package ua.cnap.planner.account;

import java.time.Instant;

/**
 * A user of a shared planner server.
 *
 * @param username           login name
 * @param passwordHash       hash of the password (never the password)
 * @param role               what the user may do
 * @param createdAt          when the account was made
 * @param credentialsVersion raised whenever the password or the role changes; a session opened under
 *                           another version is no longer accepted (the account is deleted: no session either)
 * @param mustChangePassword the password was generated or set by an admin: the account may do nothing but
 *                           change it
 */
public record Account(String username, String passwordHash, Role role, Instant createdAt, int credentialsVersion,
        boolean mustChangePassword) {

    /** The same account with a new password hash, a raised version and the given must-change flag. */
    Account withPassword(String newHash, boolean mustChange) {
        return new Account(username, newHash, role, createdAt, credentialsVersion + 1, mustChange);
    }

    /** The same account with another role and a raised version. */
    Account withRole(Role newRole) {
        return new Account(username, passwordHash, newRole, createdAt, credentialsVersion + 1, mustChangePassword);
    }
}

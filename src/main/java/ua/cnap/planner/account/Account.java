package ua.cnap.planner.account;

import java.time.Instant;

/**
 * A user of a shared planner server.
 *
 * @param username     login name
 * @param passwordHash hash of the password (never the password)
 * @param role         what the user may do
 * @param createdAt    when the account was made
 */
public record Account(String username, String passwordHash, Role role, Instant createdAt) {
}

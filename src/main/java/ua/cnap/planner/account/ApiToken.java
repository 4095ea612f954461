package ua.cnap.planner.account;

import java.time.Instant;

/**
 * A token a script sends as {@code Authorization: Bearer …}; the store keeps only its SHA-256.
 *
 * @param id        public id (to list and revoke)
 * @param username  whose rights it carries
 * @param name      what it is for
 * @param tokenHash SHA-256 of the token, hex
 * @param createdAt when it was made
 */
public record ApiToken(String id, String username, String name, String tokenHash, Instant createdAt) {
}

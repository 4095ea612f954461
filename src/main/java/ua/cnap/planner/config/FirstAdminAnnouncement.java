package ua.cnap.planner.config;

import java.io.PrintStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.cnap.planner.account.AccountService;

/**
 * The first start of a shared server: the account {@code admin} is made, with the configured password or a
 * generated one. A generated password is printed to standard output only, once; the log (standard error,
 * and wherever an operator ships it) says only where to find it.
 */
final class FirstAdminAnnouncement {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdminAnnouncement.class);

    private FirstAdminAnnouncement() {
    }

    static void announce(AccountService accounts, String configuredPassword, PrintStream out) {
        AccountService.FirstAdmin admin = accounts.ensureFirstAdmin(configuredPassword);
        if (admin.generatedPassword() != null) {
            out.println("first start: created account '" + admin.username() + "' with the one-time password "
                    + admin.generatedPassword());
            out.println("  shown only this once; log in at /login and choose your own password there");
            out.flush();
            LOG.warn("first start: created account '{}'; its one-time password is printed once on standard output "
                    + "(not in this log); lost it? cnap-planner account reset-password {}", admin.username(),
                    admin.username());
        } else if (admin.created()) {
            LOG.info("first start: created account '{}' with the configured password", admin.username());
        } else if (admin.configuredIgnored()) {
            LOG.warn("planner.security.admin-password (PLANNER_ADMIN_PASSWORD) is set but accounts exist already, "
                    + "so it is ignored; to set a lost password: cnap-planner account reset-password {}",
                    admin.username());
        }
    }
}

package ua.cnap.planner.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import ua.cnap.planner.account.Account;
import ua.cnap.planner.account.AccountService;
import ua.cnap.planner.account.Role;
import ua.cnap.planner.config.AccountToolConfiguration;
import ua.cnap.planner.io.BadInputException;

/**
 * {@code cnap-planner account create|list|reset-password|revoke-tokens}: accounts of a shared server, on the
 * store directly (the server may be stopped). Passwords shown here go to standard output only.
 */
@Command(name = "account", mixinStandardHelpOptions = true,
        description = "Accounts of the shared server, on its store (works while the server is stopped).",
        subcommands = {AccountCommand.Create.class, AccountCommand.ListAccounts.class,
            AccountCommand.ResetPassword.class, AccountCommand.RevokeTokens.class})
class AccountCommand {

    @ParentCommand
    PlannerCommandLine parent;

    <T> T withAccounts(Function<AccountService, T> action) {
        try (ConfigurableApplicationContext context = PlannerCommandLine.startSpring(parent.common,
                WebApplicationType.NONE, AccountToolConfiguration.class)) {
            return action.apply(context.getBean(AccountService.class));
        }
    }

    static Role role(String text) {
        try {
            return Role.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--role", text, "viewer, planner or admin");
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Creates an account. Without --password a one-time password is printed, to be changed "
                    + "at first login.")
    static class Create implements Callable<Integer> {

        @ParentCommand
        AccountCommand account;

        @Parameters(paramLabel = "NAME", description = "2-40 lower-case Latin letters, digits, '.', '_' or '-'.")
        String username;

        @Option(names = "--role", required = true, paramLabel = "viewer|planner|admin",
                description = "viewer reads; planner also runs plans and uploads registers; admin also imports "
                        + "and manages accounts.")
        String role;

        @Option(names = "--password", paramLabel = "P",
                description = "12-128 characters, not a common password (visible in the process list: prefer "
                        + "the one-time password and let the user choose).")
        String password;

        @Override
        public Integer call() {
            Role parsed = role(role);
            return account.withAccounts(accounts -> {
                if (password == null) {
                    AccountService.IssuedPassword issued = accounts.createWithOneTimePassword(username, parsed);
                    printPassword(account, "created account '" + username + "' (" + parsed.name().toLowerCase(Locale.ROOT)
                            + ")", issued);
                } else {
                    Account created = accounts.create(username, password, parsed);
                    if (account.parent.common.json()) {
                        PlannerCommandLine.printJson(view(created, 0));
                    } else {
                        System.out.println("created account '" + created.username() + "' ("
                                + created.role().name().toLowerCase(Locale.ROOT) + ")");
                    }
                }
                return 0;
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the accounts.")
    static class ListAccounts implements Callable<Integer> {

        @ParentCommand
        AccountCommand account;

        @Override
        public Integer call() {
            return account.withAccounts(accounts -> {
                List<Map<String, Object>> rows = accounts.list().stream()
                        .map(a -> view(a, accounts.listTokens(a.username()).size())).toList();
                if (account.parent.common.json()) {
                    PlannerCommandLine.printJson(rows);
                } else {
                    System.out.printf("%-40s %-8s %-20s %-6s %s%n", "NAME", "ROLE", "CREATED", "TOKENS", "");
                    rows.forEach(r -> System.out.printf("%-40s %-8s %-20s %-6s %s%n", r.get("username"),
                            r.get("role"), r.get("createdAt").toString().substring(0, 19).replace('T', ' '),
                            r.get("tokens"), Boolean.TRUE.equals(r.get("mustChangePassword"))
                                    ? "must change password" : ""));
                }
                return 0;
            });
        }
    }

    @Command(name = "reset-password", mixinStandardHelpOptions = true,
            description = "Gives the account a new one-time password (printed here, to be changed at the next "
                    + "login); its sessions end.")
    static class ResetPassword implements Callable<Integer> {

        @ParentCommand
        AccountCommand account;

        @Parameters(paramLabel = "NAME")
        String username;

        @Override
        public Integer call() {
            return account.withAccounts(accounts -> {
                printPassword(account, "new one-time password for '" + username + "'",
                        accounts.resetPassword(username));
                return 0;
            });
        }
    }

    @Command(name = "revoke-tokens", mixinStandardHelpOptions = true,
            description = "Revokes every API token of the account.")
    static class RevokeTokens implements Callable<Integer> {

        @ParentCommand
        AccountCommand account;

        @Parameters(paramLabel = "NAME")
        String username;

        @Override
        public Integer call() {
            return account.withAccounts(accounts -> {
                int revoked = accounts.revokeAllTokens(username);
                if (account.parent.common.json()) {
                    PlannerCommandLine.printJson(Map.of("username", username, "revokedTokens", revoked));
                } else {
                    System.out.println("revoked " + revoked + " API token(s) of '" + username + "'");
                }
                return 0;
            });
        }
    }

    private static Map<String, Object> view(Account a, int tokens) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("username", a.username());
        row.put("role", a.role().name().toLowerCase(Locale.ROOT));
        row.put("createdAt", a.createdAt());
        row.put("mustChangePassword", a.mustChangePassword());
        row.put("tokens", tokens);
        return row;
    }

    private static void printPassword(AccountCommand account, String what, AccountService.IssuedPassword issued) {
        if (account.parent.common.json()) {
            PlannerCommandLine.printJson(Map.of("username", issued.username(), "oneTimePassword", issued.password(),
                    "mustChangePassword", true));
        } else {
            System.out.println(what + ": " + issued.password());
            System.out.println("  shown only this once; it must be changed at the first login (/login)");
        }
    }
}

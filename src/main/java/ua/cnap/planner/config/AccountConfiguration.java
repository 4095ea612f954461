package ua.cnap.planner.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import ua.cnap.planner.account.AccountService;
import ua.cnap.planner.account.PasswordHashing;
import ua.cnap.planner.store.JdbcAccountRepository;
import ua.cnap.planner.store.PlannerStore;

/** Accounts and tokens in the store, with BCrypt; the web server's security and the CLI both use them. */
@Configuration(proxyBeanMethods = false)
public class AccountConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    AccountService accountService(PlannerStore store, PasswordEncoder encoder) {
        return new AccountService(new JdbcAccountRepository(store), new PasswordHashing() {
            @Override
            public String hash(String rawPassword) {
                return encoder.encode(rawPassword);
            }

            @Override
            public boolean matches(String rawPassword, String hash) {
                return encoder.matches(rawPassword, hash);
            }
        });
    }

}

package ua.cnap.planner.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import ua.cnap.planner.account.Account;
import ua.cnap.planner.account.AccountService;
import ua.cnap.planner.account.PasswordHashing;
import ua.cnap.planner.account.Role;
import ua.cnap.planner.store.JdbcAccountRepository;
import ua.cnap.planner.store.PlannerStore;

/**
 * Who may do what on the web server (issue 8). On by default:
 * <ul>
 *   <li>the page needs a login (form, session cookie, CSRF token in the {@code XSRF-TOKEN} cookie that
 *       the page sends back as {@code X-XSRF-TOKEN}); scripts send {@code Authorization: Bearer TOKEN}
 *       (no session, so no CSRF);</li>
 *   <li>reads: any account (viewer and up); writes under {@code /api} (runs, uploads, scenarios): planner
 *       and admin; accounts: admin; unauthenticated API calls get 401, not a login page;</li>
 *   <li>the first admin's password comes from {@code planner.security.admin-password} or is generated
 *       once at first start and printed once.</li>
 * </ul>
 * {@code planner.security.single-user=true} turns all of it off for one person on their own machine;
 * the server then listens on 127.0.0.1 only ({@link SingleUserEnvironment}) and says so at start.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication
public class SecurityConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);

    private static final String[] PUBLIC = {"/login", "/logout", "/error", "/favicon.ico", "/js/**", "/css/**",
        "/maps/**", "/webjars/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/api/map/config"};

    @Bean
    UserDetailsService userDetailsService(AccountService accounts) {
        return username -> accounts.findAccount(username)
                .map(a -> User.withUsername(a.username()).password(a.passwordHash()).authorities(authorities(a.role()))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    /** A role carries the rights of the roles below it. */
    static List<GrantedAuthority> authorities(Role role) {
        return java.util.Arrays.stream(Role.values()).filter(role::includes)
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountService accounts,
            @Value("${planner.security.single-user:false}") boolean singleUser) throws Exception {
        if (singleUser) {
            return http.authorizeHttpRequests(a -> a.anyRequest().permitAll())
                    .csrf(csrf -> csrf.disable())
                    .build();
        }
        RequestMatcher api = new AntPathRequestMatcher("/api/**");
        RequestMatcher bearer = request -> Optional.ofNullable(request.getHeader("Authorization"))
                .map(h -> h.regionMatches(true, 0, "Bearer ", 0, 7)).orElse(false);
        CsrfTokenRequestAttributeHandler csrfHandler = new CsrfTokenRequestAttributeHandler();
        // load the token on every request so the cookie is there before the page's first POST
        csrfHandler.setCsrfRequestAttributeName(null);
        return http
                .authorizeHttpRequests(a -> a
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/api/accounts/**", "/api/accounts").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/me", "/api/tokens", "/api/tokens/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/**").hasRole(Role.VIEWER.name())
                        .requestMatchers(HttpMethod.HEAD, "/api/**").hasRole(Role.VIEWER.name())
                        .requestMatchers("/api/**").hasRole(Role.PLANNER.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(csrfHandler)
                        .ignoringRequestMatchers(bearer))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api))
                .addFilterBefore(new BearerTokenFilter(accounts), UsernamePasswordAuthenticationFilter.class)
                .build();
    }

    /** First start of a shared server: make sure there is an admin, and print a generated password once. */
    @EventListener(ApplicationReadyEvent.class)
    void firstAdmin(ApplicationReadyEvent event) {
        var environment = event.getApplicationContext().getEnvironment();
        if (environment.getProperty("planner.security.single-user", Boolean.class, false)) {
            LOG.warn("single-user mode: no login, no roles; listening on {} only",
                    environment.getProperty("server.address", SingleUserEnvironment.LOOPBACK));
            return;
        }
        AccountService.FirstAdmin admin = event.getApplicationContext().getBean(AccountService.class)
                .ensureFirstAdmin(environment.getProperty("planner.security.admin-password"));
        if (admin.generatedPassword() != null) {
            String message = "first start: created account '" + admin.username() + "' with password "
                    + admin.generatedPassword() + " (shown only this once; change it with PATCH /api/accounts/admin)";
            System.out.println(message);
            LOG.warn(message);
        } else if (admin.created()) {
            LOG.info("first start: created account '{}' with the configured password", admin.username());
        }
    }

    /** {@code Authorization: Bearer TOKEN} → the token's account, for this request only. */
    static final class BearerTokenFilter extends OncePerRequestFilter {

        private final AccountService accounts;

        BearerTokenFilter(AccountService accounts) {
            this.accounts = accounts;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                Optional<Account> account = accounts.authenticateToken(header.substring(7));
                if (account.isEmpty()) {
                    response.sendError(HttpStatus.UNAUTHORIZED.value(), "unknown or revoked API token");
                    return;
                }
                var authentication = UsernamePasswordAuthenticationToken.authenticated(account.get().username(), null,
                        authorities(account.get().role()));
                SecurityContextHolder.getContext().setAuthentication(authentication);
            }
            chain.doFilter(request, response);
        }
    }
}

package ua.cnap.planner.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import ua.cnap.planner.account.Account;
import ua.cnap.planner.account.AccountService;
import ua.cnap.planner.account.LoginThrottle;
import ua.cnap.planner.account.Role;
import ua.cnap.planner.web.AccountStateFilter;
import ua.cnap.planner.web.AccountUser;
import ua.cnap.planner.web.ErrorMessages;

/**
 * Who may do what on the web server (issues 8 and 15). On by default:
 * <ul>
 *   <li>the page needs a login (the project's own page at {@code /login}, session cookie with SameSite=Lax,
 *       CSRF token in the {@code XSRF-TOKEN} cookie that the page sends back as {@code X-XSRF-TOKEN});
 *       scripts send {@code Authorization: Bearer TOKEN} (no session, so no CSRF);</li>
 *   <li>reads: any account (viewer and up); writes under {@code /api} (runs, uploads, scenarios): planner
 *       and admin; accounts: admin; unauthenticated API calls get 401, not a login page;</li>
 *   <li>a session ends when its account is deleted or its password or role changes, and an account with a
 *       generated or admin-set password may only change it ({@link AccountStateFilter});</li>
 *   <li>{@value LoginThrottle#MAX_FAILURES} wrong passwords within a minute lock the account's login for 15
 *       minutes ({@link LoginThrottle}, in memory), with a log line an administrator can act on;</li>
 *   <li>the first admin's password comes from {@code planner.security.admin-password} or is generated once
 *       at first start and printed once to standard output, never to the log, and must be changed;</li>
 *   <li>every response carries a Content-Security-Policy ({@link ContentSecurityPolicy}), Referrer-Policy
 *       strict-origin-when-cross-origin and, over TLS, Strict-Transport-Security; the {@code production}
 *       profile refuses plain HTTP beyond loopback ({@link TransportCheck}).</li>
 * </ul>
 * {@code planner.security.single-user=true} turns logins and roles off for one person on their own machine;
 * the server then listens on 127.0.0.1 only ({@link SingleUserEnvironment}) and answers only requests whose
 * Host is localhost (or one of {@code planner.security.allowed-hosts}), against DNS rebinding.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication
public class SecurityConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);

    private static final String[] PUBLIC = {"/login", "/logout", "/error", "/favicon.ico", "/js/**", "/css/**",
        "/maps/**", "/webjars/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/api/map/config"};
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    @Bean
    LoginThrottle loginThrottle() {
        return new LoginThrottle(Clock.systemUTC());
    }

    @Bean
    UserDetailsService userDetailsService(AccountService accounts, LoginThrottle throttle) {
        return username -> accounts.findAccount(username)
                .map(a -> (org.springframework.security.core.userdetails.UserDetails) AccountUser.of(a,
                        throttle.lockedUntil(a.username()).isPresent()))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountService accounts,
            Environment environment, PlannerProperties properties,
            @Value("${planner.security.single-user:false}") boolean singleUser) throws Exception {
        TransportCheck.check(environment);
        String csp = ContentSecurityPolicy.policy(properties.map().tileUrl(), ContentSecurityPolicy.mapPage());
        http.headers(headers -> headers
                .contentSecurityPolicy(c -> c.policyDirectives(csp))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .httpStrictTransportSecurity(h -> h.maxAgeInSeconds(31_536_000)));
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
        CookieCsrfTokenRepository csrfTokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        ErrorMessages messages = new ErrorMessages();
        ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
        failure.setDefaultFailureUrl("/login?error");
        return http
                .authorizeHttpRequests(a -> a
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/api/accounts/**", "/api/accounts").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/me", "/api/me/password", "/api/tokens", "/api/tokens/**", "/password")
                        .authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/**").hasRole(Role.VIEWER.name())
                        .requestMatchers(HttpMethod.HEAD, "/api/**").hasRole(Role.VIEWER.name())
                        .requestMatchers("/api/**").hasRole(Role.PLANNER.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").failureHandler(failure).defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(csrfHandler)
                        .ignoringRequestMatchers(bearer))
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor((request, response, denied) -> messages.write(request,
                                response, HttpServletResponse.SC_UNAUTHORIZED, "error.unauthenticated"), api)
                        .defaultAccessDeniedHandlerFor((request, response, denied) -> messages.write(request,
                                response, HttpServletResponse.SC_FORBIDDEN,
                                denied instanceof org.springframework.security.web.csrf.CsrfException
                                        ? "error.csrf" : "error.forbidden"), api))
                .addFilterBefore(new BearerTokenFilter(accounts), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new AccountStateFilter(accounts), AuthorizationFilter.class)
                .build();
    }

    /**
     * Single-user mode answers only requests addressed to this machine by name (DNS rebinding: a page of
     * another site whose name points at 127.0.0.1 must not reach the planner); refused requests get a
     * 400 naming the Host.
     */
    @Bean
    WebSecurityCustomizer hostCheck(@Value("${planner.security.single-user:false}") boolean singleUser,
            @Value("${planner.security.allowed-hosts:}") String allowedHosts) {
        Set<String> allowed = Arrays.stream(allowedHosts.split(",")).map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty()).collect(Collectors.toSet());
        ErrorMessages messages = new ErrorMessages();
        return web -> {
            StrictHttpFirewall firewall = new StrictHttpFirewall();
            if (singleUser) {
                firewall.setAllowedHostnames(host -> host != null && (LOCAL_HOSTS.contains(host.toLowerCase(Locale.ROOT))
                        || allowed.contains(host.toLowerCase(Locale.ROOT))));
            }
            web.httpFirewall(firewall).requestRejectedHandler((request, response, e) -> {
                String host = request.getServerName();
                boolean hostRefused = singleUser && (host == null || !LOCAL_HOSTS.contains(host.toLowerCase(Locale.ROOT))
                        && !allowed.contains(host.toLowerCase(Locale.ROOT)));
                if (hostRefused) {
                    messages.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "error.host",
                            String.valueOf(host).replaceAll("\\p{Cntrl}", "?"));
                } else {
                    messages.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "error.rejected");
                }
            });
        };
    }

    @Bean
    LoginAttempts loginAttempts(LoginThrottle throttle) {
        return new LoginAttempts(throttle);
    }

    /** First start of a shared server: make sure there is an admin, and show a generated password once. */
    @EventListener(ApplicationReadyEvent.class)
    void firstAdmin(ApplicationReadyEvent event) {
        var environment = event.getApplicationContext().getEnvironment();
        if (environment.getProperty("planner.security.single-user", Boolean.class, false)) {
            LOG.warn("single-user mode: no login, no roles; listening on {} only",
                    environment.getProperty("server.address", SingleUserEnvironment.LOOPBACK));
            return;
        }
        FirstAdminAnnouncement.announce(event.getApplicationContext().getBean(AccountService.class),
                environment.getProperty("planner.security.admin-password"), System.out);
    }

    /** {@code Authorization: Bearer TOKEN} → the token's account, for this request only. */
    static final class BearerTokenFilter extends OncePerRequestFilter {

        private final AccountService accounts;
        private final ErrorMessages messages = new ErrorMessages();

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
                    messages.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "error.token.unknown");
                    return;
                }
                var authentication = UsernamePasswordAuthenticationToken.authenticated(account.get().username(), null,
                        AccountUser.authorities(account.get().role()));
                SecurityContextHolder.getContext().setAuthentication(authentication);
            }
            chain.doFilter(request, response);
        }
    }
}

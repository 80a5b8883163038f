package nl.verwijsindex.access.internal;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import nl.verwijsindex.access.AccountRole;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.system.api.ApiAccessDeniedHandler;
import nl.verwijsindex.system.api.ApiAuthenticationEntryPoint;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.Http403ForbiddenEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class AccessSecurityConfiguration {

    /** The pages where a professional registers, reads and ends signals and reads matches. */
    private static final String[] PROFESSIONAL_PAGES = {"/signals", "/signals/**", "/matches", "/matches/**"};

    /** The pages of an organisation administrator: professionals, transfers, API clients, settings. */
    private static final String[] ORGANISATION_PAGES = {"/organisation", "/organisation/**"};

    /** The pages about a municipality: its organisations and settings. */
    private static final String[] MUNICIPALITY_PAGES = {"/municipality", "/municipality/**"};

    /** The statistics of a region, for its municipalities' officers and for functional administrators. */
    private static final String[] REGION_PAGES = {"/region/**"};

    /** The pages of the functional administrator: every municipality and the outbox of the default run. */
    private static final String[] ADMINISTRATION_PAGES = {"/administration", "/administration/**"};

    /** The pages of every logged-in account: its own profile and second factors. */
    private static final String[] PROFILE_PAGES = {"/profile", "/profile/**"};

    /** The form where a professional sets the phone number that matches show to others. */
    private static final String PROFESSIONAL_PROFILE_FORM = "/profile/phone";

    /** The page behind an emailed invitation link, {@code /invitation/<token>}. */
    private static final String INVITATION_PAGE = "/invitation/*";

    /** Every page behind a login, where a visitor without one is sent to the login form. */
    private static final List<String[]> PAGES_BEHIND_LOGIN = List.of(
            PROFESSIONAL_PAGES,
            ORGANISATION_PAGES,
            MUNICIPALITY_PAGES,
            REGION_PAGES,
            ADMINISTRATION_PAGES,
            PROFILE_PAGES);

    /** The REST API: stateless, bearer tokens of API clients, no cookies and so no CSRF tokens. */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            JdbcApiClients apiClients,
            ApiAuthenticationEntryPoint entryPoint,
            ApiAccessDeniedHandler accessDeniedHandler,
            LoginAudit audit)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/api/v1/openapi.json")
                        .permitAll()
                        .anyRequest()
                        .hasAuthority(ApiClientAuthentication.AUTHORITY))
                .addFilterBefore(new BearerTokenFilter(apiClients, entryPoint, audit), AuthorizationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDeniedHandler));
        return http.build();
    }

    /**
     * Everything else. Health checks, the public web pages, the login form, the invitation page, the
     * NL Design System files and the passkey script are open to anyone, {@code /home} and the profile need a login, and each area
     * of pages needs the login of its role; the services behind the pages check the organisation
     * or municipality again. Other paths are closed with
     * a 403 page, also for logged-in users, until pages exist for them. Error pages are rendered for
     * every path. A session is created only by a login; before that, the CSRF token of the login
     * form is kept in a cookie of its own.
     */
    @Bean
    @Order(2)
    SecurityFilterChain defaultSecurity(
            HttpSecurity http,
            Clock clock,
            PasswordAndCodeAuthenticationProvider loginProvider,
            PasskeyLogin passkeyLogin,
            SavedLanguage savedLanguage,
            LoginAudit audit,
            @Value("${verwijsindex.session.idle-timeout}") Duration idleTimeout,
            @Value("${verwijsindex.session.maximum-duration}") Duration maximumDuration)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/health")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/", "/login", "/nlds/**", "/js/**", "/css/**")
                        .permitAll()
                        // Chart.js of the statistics pages, served from its webjar.
                        .requestMatchers(HttpMethod.GET, "/webjars/chart.js/**")
                        .permitAll()
                        // The token in the path is the only secret of these pages, so they need no login.
                        .requestMatchers(HttpMethod.GET, INVITATION_PAGE)
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, INVITATION_PAGE)
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, LoginResultHandlers.HOME)
                        .authenticated()
                        .requestMatchers(PROFESSIONAL_PAGES)
                        .hasAuthority(AccountRole.PROFESSIONAL.authority())
                        .requestMatchers(ORGANISATION_PAGES)
                        .hasAuthority(AccountRole.ORGANISATION_ADMINISTRATOR.authority())
                        .requestMatchers(MUNICIPALITY_PAGES)
                        .hasAnyAuthority(
                                AccountRole.MUNICIPAL_OFFICER.authority(),
                                AccountRole.FUNCTIONAL_ADMINISTRATOR.authority())
                        .requestMatchers(HttpMethod.GET, REGION_PAGES)
                        .hasAnyAuthority(
                                AccountRole.MUNICIPAL_OFFICER.authority(),
                                AccountRole.FUNCTIONAL_ADMINISTRATOR.authority())
                        .requestMatchers(ADMINISTRATION_PAGES)
                        .hasAuthority(AccountRole.FUNCTIONAL_ADMINISTRATOR.authority())
                        .requestMatchers(HttpMethod.POST, PROFESSIONAL_PROFILE_FORM)
                        .hasAuthority(AccountRole.PROFESSIONAL.authority())
                        .requestMatchers(PROFILE_PAGES)
                        .authenticated()
                        .anyRequest()
                        .denyAll())
                // A manager without a parent: the global one contains the same provider, and a failed
                // login would otherwise be checked, and counted, twice.
                .authenticationManager(new ProviderManager(loginProvider))
                .formLogin(form -> form.loginPage("/login")
                        .authenticationDetailsSource(LoginDetails.source())
                        .successHandler(LoginResultHandlers.success(clock, savedLanguage))
                        .failureHandler(LoginResultHandlers.failure()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout")
                        .addLogoutHandler((request, response, authentication) -> {
                            // A logout without a session has no account to record.
                            if (authentication != null
                                    && authentication.getPrincipal() instanceof SignedInAccount account) {
                                audit.loggedOut(account, request.getRemoteAddr());
                            }
                        }))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(pagesEntryPoint())
                        .accessDeniedHandler(ExpiredSessionRedirects.accessDeniedHandler(pagesBehindLogin())))
                .addFilterBefore(
                        new SessionLimitsFilter(clock, idleTimeout, maximumDuration), SecurityContextHolderFilter.class)
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokenCookie()))
                .headers(WebPageHeaders::configure)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                        .sessionFixation(fixation -> fixation.changeSessionId()))
                .requestCache(cache -> cache.disable());
        passkeyLogin.configure(http);
        return http.build();
    }

    /**
     * The login with password and code; as a bean it also stops Spring Boot from generating a
     * user. The other login, with a passkey, is configured by {@link PasskeyLogin}.
     */
    @Bean
    PasswordAndCodeAuthenticationProvider passwordAndCodeAuthenticationProvider(
            LoginAccounts accounts,
            LoginAttempts attempts,
            PasswordEncoder passwords,
            SecretCipher secretCipher,
            TotpCodes totpCodes,
            LoginAudit audit) {
        return new PasswordAndCodeAuthenticationProvider(accounts, attempts, passwords, secretCipher, totpCodes, audit);
    }

    /**
     * Sends a visitor without a login from a page that needs one to the login form, and
     * sends the 403 page for other closed paths, so that they do not look like pages behind a login.
     */
    private static AuthenticationEntryPoint pagesEntryPoint() {
        var toLogin = new LinkedHashMap<RequestMatcher, AuthenticationEntryPoint>();
        var loginForm = ExpiredSessionRedirects.loginForm();
        for (var page : pagesBehindLogin()) {
            toLogin.put(page, loginForm);
        }
        var entryPoint = new DelegatingAuthenticationEntryPoint(toLogin);
        entryPoint.setDefaultEntryPoint(new Http403ForbiddenEntryPoint());
        return entryPoint;
    }

    /** Returns matchers of {@code /home} and every page in {@link #PAGES_BEHIND_LOGIN}. */
    private static List<RequestMatcher> pagesBehindLogin() {
        var matchers = new ArrayList<RequestMatcher>();
        matchers.add(PathPatternRequestMatcher.withDefaults().matcher(LoginResultHandlers.HOME));
        for (var pages : PAGES_BEHIND_LOGIN) {
            for (var page : pages) {
                matchers.add(PathPatternRequestMatcher.withDefaults().matcher(page));
            }
        }
        return matchers;
    }

    private static CookieCsrfTokenRepository csrfTokenCookie() {
        var repository = new CookieCsrfTokenRepository();
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        return repository;
    }
}

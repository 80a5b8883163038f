package nl.verwijsindex.access.internal;

import jakarta.servlet.DispatcherType;
import nl.verwijsindex.system.api.ApiAccessDeniedHandler;
import nl.verwijsindex.system.api.ApiAuthenticationEntryPoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class AccessSecurityConfiguration {

    /** The REST API: stateless, bearer tokens of API clients, no cookies and so no CSRF tokens. */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            JdbcApiClients apiClients,
            ApiAuthenticationEntryPoint entryPoint,
            ApiAccessDeniedHandler accessDeniedHandler)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/api/v1/openapi.json")
                        .permitAll()
                        .anyRequest()
                        .hasAuthority(ApiClientAuthentication.AUTHORITY))
                .addFilterBefore(new BearerTokenFilter(apiClients, entryPoint), AuthorizationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDeniedHandler));
        return http.build();
    }

    /**
     * Everything else. Health checks, the public web pages and the NL Design System files are open
     * to anyone, and the rest is closed until the web application has its login. Error pages are
     * rendered for every path, so that a closed path shows the 403 page. No session is created,
     * because the CSRF token of the login form is kept in a cookie of its own.
     */
    @Bean
    @Order(2)
    SecurityFilterChain defaultSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/health")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/", "/login", "/nlds/**")
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokenCookie()))
                .headers(WebPageHeaders::configure)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    private static CookieCsrfTokenRepository csrfTokenCookie() {
        var repository = new CookieCsrfTokenRepository();
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        return repository;
    }

    /** No accounts log in with a password yet; this bean only stops Spring Boot from generating one. */
    @Bean
    UserDetailsService noUsers() {
        return username -> {
            throw new UsernameNotFoundException("No login accounts exist");
        };
    }
}

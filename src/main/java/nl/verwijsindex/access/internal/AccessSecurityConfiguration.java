package nl.verwijsindex.access.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class AccessSecurityConfiguration {

    /** The REST API: stateless, bearer tokens of API clients, no cookies and so no CSRF tokens. */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, JdbcApiClients apiClients, JsonMapper json) throws Exception {
        var problems = new ApiProblemResponses(json);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/api/v1/openapi.json")
                        .permitAll()
                        .anyRequest()
                        .hasAuthority(ApiClientAuthentication.AUTHORITY))
                .addFilterBefore(new BearerTokenFilter(apiClients, problems), AuthorizationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    /** Everything else: health checks are public, the rest is closed until the web application has its login. */
    @Bean
    @Order(2)
    SecurityFilterChain defaultSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health/**", "/actuator/health")
                .permitAll()
                .anyRequest()
                .denyAll());
        return http.build();
    }

    /** No accounts log in with a password yet; this bean only stops Spring Boot from generating one. */
    @Bean
    UserDetailsService noUsers() {
        return username -> {
            throw new UsernameNotFoundException("No login accounts exist");
        };
    }
}

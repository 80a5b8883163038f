package nl.verwijsindex.system.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * TEST-ONLY security filter chain for the paths of
 * {@link TestOnlyProblemController}. It guards {@value #PROTECTED_PATH} with the
 * API's entry point, so that a {@code 401} can be tested without a real client token.
 */
@Configuration(proxyBeanMethods = false)
class TestOnlyApiSecurityConfiguration {

    static final String PROTECTED_PATH = TestOnlyProblemController.BASE_PATH + "/protected";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain testOnlyApiSecurityFilterChain(
            HttpSecurity http,
            ApiAuthenticationEntryPoint apiAuthenticationEntryPoint,
            ApiAccessDeniedHandler apiAccessDeniedHandler) {
        http.securityMatcher(TestOnlyProblemController.BASE_PATH + "/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(PROTECTED_PATH)
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(apiAuthenticationEntryPoint)
                        .accessDeniedHandler(apiAccessDeniedHandler));
        return http.build();
    }
}

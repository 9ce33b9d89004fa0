package vn.ansinh.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * Two doors: the API ({@code /api/**}), stateless, for staff with basic auth and machine clients with bearer tokens;
 * and the staff UI, with a login form and a session. Everything but the login page, static assets, the health
 * check and the API documentation needs an authenticated actor; finer rules sit on the controllers.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    // Without this Spring Security wraps each of its filters, and each authorisation, in an observation: profiled on the
    // card look-up (bench/card-lookup.sh) that was a large share of the request's CPU. HTTP request metrics stay on.
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * The facilities' card look-up at check-in, the busiest endpoint by far: its own chain with only what a stateless
     * bearer or basic-auth call needs (no session, request cache, anonymous user or logout), authorised here by
     * authority rather than by {@code @PreAuthorize}. Measured with bench/card-lookup.sh, method security's SpEL
     * evaluation and its eagerly built debug message (commons-logging 1.3 stringifies it even with debug off) were
     * about 9 % of the request's CPU; the filters dropped here a few % more.
     */
    @Bean
    @Order(0)
    @ConditionalOnWebApplication
    SecurityFilterChain cardLookup(HttpSecurity http, TokenClients tokens) throws Exception {
        return http
                .securityMatcher(CARD_LOOKUP)
                .authorizeHttpRequests(a -> a.anyRequest().hasAnyAuthority(ApiClient.Kind.FACILITY.authority(),
                        Role.ADMINISTRATOR.authority(), Role.CARD_OFFICER.authority(),
                        Role.CLAIMS_APPRAISER.authority(), Role.MANAGER.authority()))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.disable())
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(c -> c.disable())
                .anonymous(a -> a.disable())
                .logout(l -> l.disable())
                .httpBasic(b -> b.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .addFilterBefore(new ApiTokenFilter(tokens), BasicAuthenticationFilter.class)
                .build();
    }

    static final String CARD_LOOKUP = "/api/v1/cards/lookup";

    // Batch runs (spring.main.web-application-type=none, e.g. the province generator) have no HTTP to secure.
    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain api(HttpSecurity http, TokenClients tokens) throws Exception {
        return http
                .securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/docs", "/api/docs/**", "/api/swagger-ui/**").permitAll()
                        .anyRequest().authenticated())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .addFilterBefore(new ApiTokenFilter(tokens), BasicAuthenticationFilter.class)
                .build();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain ui(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error",
                                "/actuator/health", "/actuator/health/**", "/swagger-ui/**", "/v3/api-docs/**")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?logout").permitAll())
                .build();
    }
}

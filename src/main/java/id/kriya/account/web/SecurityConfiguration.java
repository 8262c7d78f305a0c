package id.kriya.account.web;

import id.kriya.account.signin.SignInAttempts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Who may open which address, how people sign in and out, and the headers every response carries. Areas by
 * path: {@code /admin/**} for platform admins, {@code /officer/**} for council officers, {@code /curator/**} for
 * curators, {@code /my/**} and {@code /account/**} for anyone signed in, {@code /api/**} for anyone but to read
 * only; finer rules sit on the services.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * What the page may ask of the phone: the camera, for artisans photographing their work and receipts from the
     * page itself; payments on the site's own pages; nothing else (no location, no microphone), nor for any frame.
     */
    static final String PERMISSIONS_POLICY = "camera=(self), payment=(self), geolocation=(), microphone=(), "
            + "usb=(), serial=(), bluetooth=(), midi=()";

    /** A year, the span browsers' preload lists ask for; sent only over HTTPS (never to http://localhost). */
    static final long HSTS_MAX_AGE_SECONDS = 31_536_000;

    static final String PAYMENT_GATEWAY_NOTIFICATION = "/payments/midtrans/notification";

    @Bean
    SecurityFilterChain web(HttpSecurity http, SignInFailureHandler failureHandler,
                           SignInSuccessHandler successHandler, SignInAttempts attempts) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/officer/**").hasRole("OFFICER")
                        .requestMatchers("/curator/**").hasRole("CURATOR")
                        .requestMatchers("/my/**", "/account/**").authenticated()
                        // The public JSON API and its documentation only read: anyone may GET, nobody may change.
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/api/**").permitAll()
                        .requestMatchers("/api/**").denyAll()
                        .anyRequest().permitAll())
                .formLogin(form -> form
                        .loginPage("/signin")
                        .usernameParameter("email")
                        .failureHandler(failureHandler)
                        .successHandler(successHandler)
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/signout")
                        .logoutSuccessUrl("/?signedout")
                        .deleteCookies("SESSION"))
                // A write to the API is refused as such, not answered with the sign-in page; everything else that
                // needs a person is sent to sign in, the page they wanted kept as ?continue= (named here, since the
                // first entry point named would otherwise serve every request).
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.METHOD_NOT_ALLOWED),
                                PathPatternRequestMatcher.pathPattern("/api/**"))
                        .defaultAuthenticationEntryPointFor(new ContinueEntryPoint(),
                                AnyRequestMatcher.INSTANCE))
                // The token lives in a cookie, so an anonymous visitor costs no session row in the database.
                // A payment gateway's server-to-server notification carries no token; its signature is checked instead.
                .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository())
                        .ignoringRequestMatchers(PAYMENT_GATEWAY_NOTIFICATION))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                        // Written only on secure requests: HTTPS itself, or a proxy's X-Forwarded-Proto: https once
                        // server.forward-headers-strategy lets the server read it.
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS)
                                .includeSubDomains(true)))
                // Before the password is checked: an address or client that must wait is refused unheard.
                .addFilterBefore(new SignInThrottleFilter(attempts, failureHandler),
                        UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}

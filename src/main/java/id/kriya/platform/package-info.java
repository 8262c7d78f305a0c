/**
 * The runtime frame every other module stands in: the database Kriya starts for itself when none is
 * configured, web security (sign-in, CSRF, security headers), languages, the layout and the error pages.
 * It knows no domain; other modules use nothing of it but the database condition ({@code platform :: database}) and
 * the spreadsheet writer their exports share ({@code platform :: spreadsheet}), which knows rupiah from {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package id.kriya.platform;

/**
 * The runtime frame every other module stands in: the database Kriya starts for itself when none is
 * configured, web security (sign-in, CSRF, security headers), languages, the layout and the error pages.
 * It knows no domain and no other module depends on its code.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package id.kriya.platform;

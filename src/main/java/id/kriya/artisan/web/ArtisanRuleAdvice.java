package id.kriya.artisan.web;

import java.io.IOException;

import id.kriya.artisan.ArtisanRuleException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A business rule that a page does not answer itself (staff or a buyer posting an owner's form, a forged request)
 * is refused with the calm 403 page: the service changed nothing before it refused. Pages that can explain the
 * rule beside a field or in a flash message catch the exception themselves.
 */
@ControllerAdvice(basePackageClasses = ArtisanRuleAdvice.class)
class ArtisanRuleAdvice {

    @ExceptionHandler(ArtisanRuleException.class)
    void refused(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}

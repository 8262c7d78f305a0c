package id.kriya.catalog.web;

import java.util.Locale;

import id.kriya.artisan.BusinessNotFoundException;
import id.kriya.catalog.ProductNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The JSON API answers its errors as RFC 9457 problems ({@code application/problem+json}) in the caller's language,
 * never with the site's HTML error pages: a missing product or business is a 404, a page number that is no number
 * a 400. Nothing says why a slug is missing, so a pending or rejected business looks like one that never was.
 */
@RestControllerAdvice(assignableTypes = {ProductApiController.class, ArtisanApiController.class})
class ApiProblemAdvice {

    private final MessageSource messages;

    ApiProblemAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ProductNotFoundException.class)
    ProblemDetail productNotFound(Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "api.problem.productNotFound", locale);
    }

    @ExceptionHandler(BusinessNotFoundException.class)
    ProblemDetail artisanNotFound(Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "api.problem.artisanNotFound", locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "api.problem.badParameter", locale);
        problem.setProperty("parameter", e.getName());
        return problem;
    }

    private ProblemDetail problem(HttpStatus status, String key, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, null, locale));
        problem.setTitle(messages.getMessage("api.problem." + status.value(), null, locale));
        return problem;
    }
}

package id.kriya.catalog.web;

import java.util.Locale;

import id.kriya.artisan.BusinessNotFoundException;
import id.kriya.catalog.ProductNotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.validation.BindException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * The JSON API answers its errors as RFC 9457 problems ({@code application/problem+json}) in the caller's language,
 * never with the site's HTML error pages: a missing product or business is a 404, a page number that is no number
 * a 400, and so is a request the site's HTML advice would otherwise answer with its 400 page. Nothing says why a slug is missing, so a pending or rejected business looks like one that never was.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
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

    @ExceptionHandler(TypeMismatchException.class)
    ProblemDetail badParameter(TypeMismatchException e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "api.problem.badParameter", locale);
        problem.setProperty("parameter", e.getPropertyName());
        return problem;
    }

    /** Before the site's HTML advice, which would answer these with its 400 page. */
    @ExceptionHandler({ServletRequestBindingException.class, BindException.class,
            HandlerMethodValidationException.class})
    ProblemDetail badRequest(Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, "api.problem.badRequest", locale);
    }

    private ProblemDetail problem(HttpStatus status, String key, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, null, locale));
        problem.setTitle(messages.getMessage("api.problem." + status.value(), null, locale));
        return problem;
    }
}

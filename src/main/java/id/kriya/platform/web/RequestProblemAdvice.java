package id.kriya.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingRequestValueException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Requests that fail before any page can judge them: the visitor gets the site's calm 400 page in their language,
 * saying what was wrong, never Spring's bare error answer nor a logged server error. A value that is no value of its
 * kind ({@code ?page=99999999999}, a page number past what a number holds), a parameter or form field a page always
 * sends but that is missing, a form that cannot be bound at all: each is the visitor's (or a stale page's) mistake,
 * for the whole site. The JSON API keeps its own problem answers: its advice comes first for its controllers.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class RequestProblemAdvice {

    static final String BAD_REQUEST_VIEW = "error/4xx";
    static final String TOO_LARGE_VIEW = "error/413";

    @ExceptionHandler(InvalidParameterException.class)
    ModelAndView undecodableParameter(HttpServletRequest request) {
        return badRequest(request, null, "");
    }

    /** {@code ?page=abc}, {@code ?page=99999999999}, a path id that is no number. */
    @ExceptionHandler(TypeMismatchException.class)
    ModelAndView badValue(TypeMismatchException e, HttpServletRequest request) {
        return badRequest(request, "error.400.badValue", e.getPropertyName() == null ? "" : e.getPropertyName());
    }

    /** A parameter, header, cookie or path part the page always sends is missing: a stale or hand-made request. */
    @ExceptionHandler(MissingRequestValueException.class)
    ModelAndView missing(MissingRequestValueException e, HttpServletRequest request) {
        String name = "";
        if (e instanceof MissingServletRequestParameterException parameter) {
            name = parameter.getParameterName();
        } else if (e instanceof MissingPathVariableException variable) {
            name = variable.getVariableName();
        }
        return badRequest(request, "error.400.missing", name);
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ModelAndView missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
        return badRequest(request, "error.400.missing", e.getRequestPartName());
    }

    @ExceptionHandler(ServletRequestBindingException.class)
    ModelAndView unbindable(HttpServletRequest request) {
        return badRequest(request, "error.400.form", "");
    }

    /**
     * A form posted to a handler that takes no errors of its own and cannot be bound or is invalid; or one naming a
     * field no form has, such as a list entry far past the form's last ({@code checks[5000]}).
     */
    @ExceptionHandler({BindException.class, HandlerMethodValidationException.class, HttpMessageNotReadableException.class,
            InvalidPropertyException.class})
    ModelAndView badForm(HttpServletRequest request) {
        return badRequest(request, "error.400.form", "");
    }

    /** An upload past the multipart limit is refused by the container before any form sees it. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView uploadTooLarge(HttpServletRequest request) {
        ModelAndView page = new ModelAndView(TOO_LARGE_VIEW, HttpStatus.CONTENT_TOO_LARGE);
        page.addObject(LayoutModelAdvice.LANGUAGE_LINKS, LayoutModelAdvice.linksFor(request));
        return page;
    }

    private static ModelAndView badRequest(HttpServletRequest request, String problem, String name) {
        ModelAndView page = new ModelAndView(BAD_REQUEST_VIEW, HttpStatus.BAD_REQUEST);
        page.addObject(LayoutModelAdvice.LANGUAGE_LINKS, LayoutModelAdvice.linksFor(request));
        page.addObject("problem", problem);
        page.addObject("problemName", name);
        return page;
    }
}

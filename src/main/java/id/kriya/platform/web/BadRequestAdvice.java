package id.kriya.platform.web;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A query string that cannot be decoded is the visitor's mistake: the calm 400 page, not a logged server error. */
@ControllerAdvice
class BadRequestAdvice {

    static final String VIEW = "error/4xx";

    @ExceptionHandler(InvalidParameterException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String undecodableParameter() {
        return VIEW;
    }
}

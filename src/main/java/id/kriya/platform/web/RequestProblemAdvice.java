package id.kriya.platform.web;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Requests that fail before any page can judge them: the visitor gets a calm page, not a logged server error. */
@ControllerAdvice
class RequestProblemAdvice {

    static final String BAD_REQUEST_VIEW = "error/4xx";
    static final String TOO_LARGE_VIEW = "error/413";

    @ExceptionHandler(InvalidParameterException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String undecodableParameter() {
        return BAD_REQUEST_VIEW;
    }

    /** An upload past the multipart limit is refused by the container before any form sees it. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
    String uploadTooLarge() {
        return TOO_LARGE_VIEW;
    }
}

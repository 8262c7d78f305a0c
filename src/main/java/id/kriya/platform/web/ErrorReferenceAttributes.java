package id.kriya.platform.web;

import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Gives every server error a short reference that the person sees on the 500 page and that stands beside the
 * stack trace in the log, so support can find one from the other. Nothing of the exception reaches the page.
 */
@Component
class ErrorReferenceAttributes extends DefaultErrorAttributes {

    private static final Logger log = LoggerFactory.getLogger(ErrorReferenceAttributes.class);

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
        Object status = attributes.get("status");
        if (status instanceof Integer code && code >= 500) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            attributes.put("reference", reference);
            log.error("Server error, reference {} at {}", reference, attributes.get("path"), getError(request));
        }
        return attributes;
    }
}

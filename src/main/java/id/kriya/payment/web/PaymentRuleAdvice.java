package id.kriya.payment.web;

import java.io.IOException;

import id.kriya.payment.PaymentRuleException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A change to payment settings the person may not make (staff posting the owner's form, someone without a verified
 * business) is refused with the calm 403 page; the service changed nothing before it refused.
 */
@ControllerAdvice(basePackageClasses = PaymentRuleAdvice.class)
class PaymentRuleAdvice {

    @ExceptionHandler(PaymentRuleException.class)
    void refused(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}

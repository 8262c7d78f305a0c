package id.kriya.payment.web;

import id.kriya.payment.gateway.GatewayPayments;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What an admin needs to know about the payment gateway: whether it is on, and the signed notifications whose amount
 * was not the one Kriya expected (they changed nothing; the admin takes them up with the gateway).
 */
@Controller
class GatewayAdminController {

    static final String VIEW = "payment/admin-gateway";
    static final int SHOWN = 100;

    private final GatewayPayments gateway;

    GatewayAdminController(GatewayPayments gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/admin/payments")
    String show(Model model) {
        model.addAttribute("enabled", gateway.isEnabled());
        model.addAttribute("mismatches", gateway.mismatches(SHOWN));
        return VIEW;
    }
}

package id.kriya.ordering.web;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import id.kriya.account.KriyaUser;
import id.kriya.ordering.OrderManagement;
import id.kriya.ordering.OrderRuleException;
import id.kriya.ordering.OrderStatus;
import id.kriya.ordering.PaymentMethod;
import id.kriya.shared.PageNumber;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The artisan's order inbox, filtered by what needs doing, and one order with its next action: confirm the money
 * arrived, process, ship with the tracking number, mark it arrived, or cancel with a reason for the buyer.
 */
@Controller
class ArtisanOrdersController {

    static final String INBOX_VIEW = "ordering/inbox";
    static final String VIEW = "ordering/inbox-order";
    static final int PAGE_SIZE = 20;

    private final OrderManagement orders;

    ArtisanOrdersController(OrderManagement orders) {
        this.orders = orders;
    }

    @GetMapping("/my/orders")
    String inbox(@AuthenticationPrincipal KriyaUser me, @RequestParam(required = false) String status,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        Set<OrderStatus> wanted = parse(status);
        model.addAttribute("orders", orders.inbox(me.id(), wanted, PageNumber.of(page, PAGE_SIZE)));
        model.addAttribute("status", wanted.size() == 1 ? wanted.iterator().next() : null);
        model.addAttribute("statuses", OrderStatus.values());
        return INBOX_VIEW;
    }

    @GetMapping("/my/orders/{number}")
    String show(@AuthenticationPrincipal KriyaUser me, @PathVariable String number, Model model) {
        model.addAttribute("order", orders.forArtisan(me.id(), number));
        return VIEW;
    }

    @PostMapping("/my/orders/{number}/paid")
    String paid(@AuthenticationPrincipal KriyaUser me, @PathVariable String number, @RequestParam String method,
                RedirectAttributes redirect) {
        PaymentMethod chosen = "BANK_TRANSFER".equals(method) ? PaymentMethod.BANK_TRANSFER : PaymentMethod.QRIS;
        return act(() -> orders.confirmPayment(me.id(), number, chosen), "ordering.inbox.paid", number, redirect);
    }

    @PostMapping("/my/orders/{number}/process")
    String process(@AuthenticationPrincipal KriyaUser me, @PathVariable String number, RedirectAttributes redirect) {
        return act(() -> orders.startProcessing(me.id(), number), "ordering.inbox.processing", number, redirect);
    }

    @PostMapping("/my/orders/{number}/ship")
    String ship(@AuthenticationPrincipal KriyaUser me, @PathVariable String number,
                @RequestParam(required = false) String tracking, RedirectAttributes redirect) {
        return act(() -> orders.ship(me.id(), number, tracking), "ordering.inbox.shipped", number, redirect);
    }

    @PostMapping("/my/orders/{number}/arrived")
    String arrived(@AuthenticationPrincipal KriyaUser me, @PathVariable String number, RedirectAttributes redirect) {
        return act(() -> orders.markArrived(me.id(), number), "ordering.inbox.arrived", number, redirect);
    }

    @PostMapping("/my/orders/{number}/cancel")
    String cancel(@AuthenticationPrincipal KriyaUser me, @PathVariable String number,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(() -> orders.cancelByArtisan(me.id(), number, reason), "ordering.inbox.cancelled", number,
                redirect);
    }

    @PostMapping("/my/orders/{number}/refunded")
    String refunded(@AuthenticationPrincipal KriyaUser me, @PathVariable String number, RedirectAttributes redirect) {
        return act(() -> orders.markRefunded(me.id(), number), "ordering.inbox.refunded", number, redirect);
    }

    private static Set<OrderStatus> parse(String status) {
        if (status == null || status.isBlank()) {
            return EnumSet.noneOf(OrderStatus.class);
        }
        try {
            return EnumSet.of(OrderStatus.valueOf(status.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return EnumSet.noneOf(OrderStatus.class);
        }
    }

    private static String act(Runnable action, String done, String number, RedirectAttributes redirect) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (OrderRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/my/orders/{number}").buildAndExpand(number).encode()
                .toUriString();
    }
}

package id.kriya.exhibition.sales.web;

import java.time.Duration;
import java.time.LocalDate;

import id.kriya.account.KriyaUser;
import id.kriya.exhibition.ExhibitionNotFoundException;
import id.kriya.exhibition.ExhibitionRuleException;
import id.kriya.exhibition.sales.BoothSaleView;
import id.kriya.exhibition.sales.BoothSales;
import id.kriya.exhibition.sales.NewBoothSale;
import id.kriya.payment.PaymentOptions;
import id.kriya.payment.qris.QrCodes;
import jakarta.validation.Valid;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The exhibitor's phone at the booth: the day's sales with their totals and the form for the next one; a QRIS sale's
 * page with the code for the exact amount and the buttons "paid" and "cancel".
 */
@Controller
class BoothSalesController {

    static final String DESK_VIEW = "exhibition/booth-sales";
    static final String SALE_VIEW = "exhibition/booth-sale";

    private final BoothSales sales;
    private final PaymentOptions payments;
    private final QrCodes codes;
    private final long qrisWaitMinutes;

    BoothSalesController(BoothSales sales, PaymentOptions payments, QrCodes codes,
                         @Value("${kriya.exhibition.qris-wait:PT30M}") Duration qrisWait) {
        this.qrisWaitMinutes = qrisWait.toMinutes();
        this.sales = sales;
        this.payments = payments;
        this.codes = codes;
    }

    @GetMapping("/my/exhibitions/{stageId}/sales")
    String desk(@AuthenticationPrincipal KriyaUser me, @PathVariable long stageId,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                Model model) {
        model.addAttribute("desk", sales.desk(me.id(), stageId, day));
        if (!model.containsAttribute("saleForm")) {
            model.addAttribute("saleForm", SaleForm.fresh());
        }
        return DESK_VIEW;
    }

    @PostMapping("/my/exhibitions/{stageId}/sales")
    String record(@AuthenticationPrincipal KriyaUser me, @PathVariable long stageId,
                  @Valid @ModelAttribute("saleForm") SaleForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        NewBoothSale sale = form.toSale(errors);
        if (sale == null) {
            return deskAgain(me, stageId, model);
        }
        try {
            BoothSaleView recorded = sales.record(me.id(), stageId, sale);
            if (recorded.isAwaitingPayment()) {
                return "redirect:" + saleUrl(stageId, recorded.receiptNumber());
            }
            redirect.addFlashAttribute("flash", "exhibition.sales.recorded");
            redirect.addFlashAttribute("recorded", RecordedSale.of(recorded));
            return "redirect:" + deskUrl(stageId);
        } catch (ExhibitionRuleException e) {
            SaleErrors.reject(e, errors);
            return deskAgain(me, stageId, model);
        }
    }

    /** The desk read only when the form comes back with its errors: a recorded sale redirects. */
    private String deskAgain(KriyaUser me, long stageId, Model model) {
        model.addAttribute("desk", sales.desk(me.id(), stageId, null));
        return DESK_VIEW;
    }

    @GetMapping("/my/exhibitions/{stageId}/sales/{receipt}")
    String sale(@AuthenticationPrincipal KriyaUser me, @PathVariable long stageId, @PathVariable String receipt,
                Model model) {
        BoothSaleView sale = sales.sale(me.id(), stageId, receipt);
        model.addAttribute("sale", sale);
        model.addAttribute("stageId", stageId);
        model.addAttribute("qrisWaitMinutes", qrisWaitMinutes);
        model.addAttribute("qris", sales.qrisOf(me.id(), stageId, receipt).isPresent()
                ? payments.qrisOf(sale.businessId()).orElse(null) : null);
        return SALE_VIEW;
    }

    @GetMapping("/my/exhibitions/{stageId}/sales/{receipt}/qris.png")
    ResponseEntity<byte[]> qris(@AuthenticationPrincipal KriyaUser me, @PathVariable long stageId,
                                @PathVariable String receipt) {
        String payload = sales.qrisOf(me.id(), stageId, receipt).orElseThrow(ExhibitionNotFoundException::new);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(30)).cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(codes.png(payload, 480));
    }

    @PostMapping("/my/exhibitions/{stageId}/sales/{receipt}/paid")
    String paid(@AuthenticationPrincipal KriyaUser me, @PathVariable long stageId, @PathVariable String receipt,
                RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("recorded", RecordedSale.of(sales.markPaid(me.id(), stageId, receipt)));
            redirect.addFlashAttribute("flash", "exhibition.sales.paid");
            return "redirect:" + deskUrl(stageId);
        } catch (ExhibitionRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:" + saleUrl(stageId, receipt);
        }
    }

    @PostMapping("/my/exhibitions/{stageId}/sales/{receipt}/cancel")
    String cancel(@AuthenticationPrincipal KriyaUser me, @PathVariable long stageId, @PathVariable String receipt,
                  RedirectAttributes redirect) {
        try {
            sales.cancel(me.id(), stageId, receipt);
            redirect.addFlashAttribute("flash", "exhibition.sales.cancelled");
            return "redirect:" + deskUrl(stageId);
        } catch (ExhibitionRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:" + saleUrl(stageId, receipt);
        }
    }

    static String deskUrl(long stageId) {
        return UriComponentsBuilder.fromPath("/my/exhibitions/{stageId}/sales").buildAndExpand(stageId).toUriString();
    }

    static String saleUrl(long stageId, String receipt) {
        return UriComponentsBuilder.fromPath("/my/exhibitions/{stageId}/sales/{receipt}").buildAndExpand(stageId, receipt)
                .encode().toUriString();
    }
}

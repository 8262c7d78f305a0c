package id.kriya.site.web;

import java.util.List;
import java.util.Optional;

import id.kriya.account.KriyaUser;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanProfile;
import id.kriya.artisan.BusinessStatus;
import id.kriya.catalog.ProductManagement;
import id.kriya.catalog.ShopProgress;
import id.kriya.ordering.ArtisanWork;
import id.kriya.ordering.OrderManagement;
import id.kriya.payment.PaymentOptions;
import id.kriya.shipping.ShippingSettings;
import id.kriya.trust.review.ReviewQueries;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The artisan's home: a setup list with the next step first — a verified business, a way for buyers to pay,
 * shipping, a first product with photos, the product on sale — each ticked when done and linking to where it is
 * done; and, once selling, the orders and the buyers' reviews that wait. Each part is one call to its module's facade.
 */
@Controller
class ArtisanHomeController {

    static final String VIEW = "site/my-home";

    private final ArtisanManagement artisans;
    private final PaymentOptions payments;
    private final ShippingSettings shipping;
    private final ProductManagement products;
    private final OrderManagement orders;
    private final ReviewQueries reviews;

    ArtisanHomeController(ArtisanManagement artisans, PaymentOptions payments, ShippingSettings shipping,
                          ProductManagement products, OrderManagement orders, ReviewQueries reviews) {
        this.reviews = reviews;
        this.artisans = artisans;
        this.payments = payments;
        this.shipping = shipping;
        this.products = products;
        this.orders = orders;
    }

    @GetMapping("/my")
    String home(@AuthenticationPrincipal KriyaUser me, Model model) {
        Optional<ArtisanProfile> business = artisans.businessOf(me.id());
        boolean verified = business.filter(found -> found.status() == BusinessStatus.VERIFIED).isPresent();
        List<SetupStep> steps;
        ArtisanWork work = ArtisanWork.NONE;
        long toAnswer = 0;
        if (verified) {
            long businessId = business.get().id();
            ShopProgress shop = products.progressOf(businessId);
            steps = List.of(
                    new SetupStep("verified", true, "/my/business"),
                    new SetupStep("payment", payments.canBePaid(businessId), "/my/payments"),
                    new SetupStep("shipping", shipping.isReviewed(businessId), "/my/shipping"),
                    new SetupStep("product", shop.hasProductWithPhotos(), "/my/products/new"),
                    new SetupStep("published", shop.hasPublished(), "/my/products"));
            work = orders.workOf(businessId);
            toAnswer = reviews.awaitingAnswer(businessId);
        } else {
            steps = List.of(
                    business.isPresent() ? new SetupStep("waiting", false, "/my/business")
                            : new SetupStep("register", false, "/my/business/new"),
                    new SetupStep("payment", false, null),
                    new SetupStep("shipping", false, null),
                    new SetupStep("product", false, null),
                    new SetupStep("published", false, null));
        }
        model.addAttribute("business", business.orElse(null));
        model.addAttribute("next", steps.stream().filter(step -> !step.done()).findFirst().orElse(null));
        model.addAttribute("steps", steps);
        model.addAttribute("work", work);
        model.addAttribute("reviewsToAnswer", toAnswer);
        return VIEW;
    }
}

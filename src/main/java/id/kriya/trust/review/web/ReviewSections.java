package id.kriya.trust.review.web;

import id.kriya.catalog.ProductView;
import id.kriya.ordering.OrderView;
import id.kriya.trust.review.ReviewQueries;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Adds reviews to two pages of modules below this one, as the catalog adds the shop to the artisan's profile: a
 * product's public page gets {@code reviewSection} (the buyers' photos beside the listing's, the newest reviews, the
 * links to all of them), and the buyer's page of a completed order gets {@code reviewPrompt} (its lines, reviewed
 * or not, and until when). Each page includes this module's fragment when the attribute is there. Catalog and
 * ordering never call trust, and their pages work unchanged without it; the pages are whole without JavaScript.
 */
@Configuration(proxyBeanMethods = false)
class ReviewSections implements WebMvcConfigurer {

    private final ReviewQueries queries;

    ReviewSections(ReviewQueries queries) {
        this.queries = queries;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                                   ModelAndView view) {
                if (view != null && view.getModel().get("product") instanceof ProductView product
                        && product.isPublic()) {
                    view.addObject("reviewSection", queries.ofProduct(product.id()));
                }
            }
        }).addPathPatterns("/products/*");
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                                   ModelAndView view) {
                // Only the buyer's page of the order sets "order"; the artisan's inbox lives under /my/orders.
                if (view != null && view.getModel().get("order") instanceof OrderView order) {
                    queries.promptFor(order).ifPresent(prompt -> view.addObject("reviewPrompt", prompt));
                }
            }
        }).addPathPatterns("/orders/*");
    }
}

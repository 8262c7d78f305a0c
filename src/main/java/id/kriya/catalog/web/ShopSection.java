package id.kriya.catalog.web;

import id.kriya.artisan.ArtisanProfile;
import java.util.List;

import id.kriya.catalog.ProductCatalog;
import id.kriya.catalog.ProductPhotos;
import id.kriya.catalog.ProductView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Adds the shop, the business's public products, to the artisan module's public profile page. The artisan module
 * renders the page and knows nothing of products; catalog already depends on artisan, so it is catalog that hooks
 * in: after the profile's handler ran, it reads the {@code artisan} the page shows and adds {@code shopProducts} and their {@code shopCovers} (one query for all), and the {@code shopRating} its buyers gave,
 * which the page includes through the fragment {@code catalog/shop :: products} when present. The module graph stays
 * acyclic (catalog → artisan) and the profile works unchanged without the catalog.
 */
@Configuration(proxyBeanMethods = false)
class ShopSection implements WebMvcConfigurer {

    static final int SHOP_SIZE = 24;

    private final ProductCatalog catalog;
    private final ProductPhotos photos;

    ShopSection(ProductCatalog catalog, ProductPhotos photos) {
        this.catalog = catalog;
        this.photos = photos;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                                   ModelAndView view) {
                if (view != null && view.getModel().get("artisan") instanceof ArtisanProfile artisan) {
                    List<ProductView> shop = catalog.shop(artisan.id(), PageRequest.of(0, SHOP_SIZE)).getContent();
                    view.addObject("shopProducts", shop);
                    view.addObject("shopCovers", photos.covers(shop));
                    view.addObject("shopRating", catalog.shopRating(artisan.id()));
                }
            }
        }).addPathPatterns("/artisans/*");
    }
}

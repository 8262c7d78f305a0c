package id.kriya.catalog.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanProfile;
import id.kriya.catalog.ProductCatalog;
import id.kriya.catalog.ProductNotFoundException;
import id.kriya.catalog.ProductPhotos;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.currency.Currency;
import id.kriya.catalog.currency.CurrencyRates;
import id.kriya.council.CouncilManagement;
import id.kriya.media.Photo;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A product's public page: everything a buyer asks before buying, the links to share it and to chat with its
 * maker, Open Graph and schema.org data for previews, and for English visitors an approximate foreign price in
 * the currency they chose (remembered in a cookie).
 */
@Controller
class ProductPageController {

    static final String VIEW = "catalog/product";
    static final String CURRENCY_COOKIE = "kriya_currency";

    private final ProductCatalog catalog;
    private final ArtisanManagement artisans;
    private final CouncilManagement councils;
    private final CurrencyRates rates;
    private final ProductPhotos photos;
    private final String baseUrl;

    ProductPageController(ProductCatalog catalog, ArtisanManagement artisans, CouncilManagement councils,
                          CurrencyRates rates, ProductPhotos photos, @Value("${kriya.base-url}") String baseUrl) {
        this.catalog = catalog;
        this.photos = photos;
        this.artisans = artisans;
        this.councils = councils;
        this.rates = rates;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @GetMapping("/products/{slug}")
    String show(@PathVariable String slug, @RequestParam(required = false) String currency,
                @CookieValue(name = CURRENCY_COOKIE, required = false) String remembered, Locale locale,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        ProductView product = catalog.published(slug).orElse(null);
        if (product == null) {
            // A renamed product: its old address, perhaps shared on WhatsApp, moves on for good.
            String now = catalog.renamedFrom(slug).orElseThrow(ProductNotFoundException::new);
            request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY);
            return "redirect:" + UriComponentsBuilder.fromPath("/products/{slug}").query(request.getQueryString())
                    .buildAndExpand(now).toUriString();
        }
        ArtisanProfile artisan = artisans.find(product.businessId()).orElseThrow(ProductNotFoundException::new);
        String url = baseUrl + "/products/" + product.slug();
        model.addAttribute("product", product);
        // Nothing on this page uses htmx: the layout leaves it out, a sixth of the page's bytes on a phone.
        model.addAttribute("htmxUnused", true);
        model.addAttribute("artisan", artisan);
        model.addAttribute("story", product.storyFor(locale));
        model.addAttribute("area", councils.areaNames().getOrDefault(product.regionCode(), product.regionCode()));
        model.addAttribute("productUrl", url);
        List<Photo> pictures = photos.inOrder(product.photoIds());
        Photo cover = pictures.isEmpty() ? null : pictures.get(0);
        model.addAttribute("cover", cover);
        model.addAttribute("coverSizes", cover == null ? null : Gallery.sizes(cover));
        model.addAttribute("morePhotos", pictures.isEmpty() ? List.of() : pictures.subList(1, pictures.size()));
        model.addAttribute("ogImage", cover == null ? null : baseUrl + cover.cardUrl());
        model.addAttribute("jsonLd", ProductJsonLd.of(product, artisan, url, product.storyFor(locale),
                pictures.stream().map(photo -> baseUrl + photo.fullUrl()).toList()));
        if ("en".equals(locale.getLanguage())) {
            Currency chosen = Currency.parse(currency);
            if (chosen != null) {
                response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(CURRENCY_COOKIE, chosen.name())
                        .path("/").maxAge(Duration.ofDays(365)).sameSite("Lax").httpOnly(true).build().toString());
            } else {
                chosen = Currency.parse(remembered);
            }
            Currency shown = chosen == null ? Currency.USD : chosen;
            BigDecimal approximate = rates.approximate(product.price(), shown).orElse(null);
            model.addAttribute("currencies", Currency.values());
            model.addAttribute("currency", shown);
            model.addAttribute("approximate", approximate);
        }
        return VIEW;
    }
}

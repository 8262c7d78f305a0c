package id.kriya.catalog.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.kriya.artisan.ArtisanDirectory;
import id.kriya.artisan.ArtisanProfile;
import id.kriya.artisan.BusinessNotFoundException;
import id.kriya.artisan.Craft;
import id.kriya.catalog.ProductCatalog;
import id.kriya.catalog.ProductPhotos;
import id.kriya.catalog.ProductView;
import id.kriya.council.CouncilManagement;
import id.kriya.council.CouncilView;
import id.kriya.media.Photo;
import id.kriya.media.PhotoId;
import id.kriya.shared.PageNumber;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A verified artisan business in the JSON API: the facts its public page {@code /artisans/{slug}} shows, and a page
 * of its public products, newest first, as its shop lists them. Pending and rejected businesses do not exist here,
 * as on the page; nothing the page keeps private (e-mail, address, NIB, review notes) is in the answer. It lives in
 * catalog, not artisan, because only catalog may see both (catalog → artisan).
 */
@RestController
@Tag(name = "artisans")
class ArtisanApiController {

    static final int SIZE_MAX = 50;

    private final ArtisanDirectory directory;
    private final CouncilManagement councils;
    private final ProductCatalog catalog;
    private final ProductPhotos photos;
    private final PublicLinks links;

    ArtisanApiController(ArtisanDirectory directory, CouncilManagement councils, ProductCatalog catalog,
                         ProductPhotos photos, PublicLinks links) {
        this.directory = directory;
        this.councils = councils;
        this.catalog = catalog;
        this.photos = photos;
        this.links = links;
    }

    @Schema(name = "Artisan", description = "A verified artisan business as its public page shows it")
    record Artisan(String slug, String url, String name, String ownerName,
                   @Schema(description = "Crafts practised, e.g. TENUN_ENDEK") List<Craft> crafts,
                   @Schema(description = "Region code of the regency or city, e.g. 51.07") String regency,
                   String regencyName, String village,
                   @Schema(description = "The council that verified the business", nullable = true) String verifiedBy,
                   Integer foundedYear, Integer workers, String story, List<Certification> certifications,
                   @Schema(description = "A wa.me link to chat with the business") String whatsAppUrl,
                   Products products) {
    }

    @Schema(name = "ArtisanCertification")
    record Certification(
            @Schema(allowableValues = {"HALAL", "SNI", "HAKI", "GEOGRAPHICAL_INDICATION"}) String type,
            String number) {
    }

    @Schema(name = "ArtisanProducts", description = "One page of the business's public products, newest first")
    record Products(List<ProductSummary> items, long total, int page, int size, int totalPages) {
    }

    @Operation(summary = "One verified artisan business with its products",
            description = "The business's public profile and one page of its public (published or sold-out) "
                    + "products, newest first. A pending, rejected or unknown slug is a 404 problem.")
    @ApiResponse(responseCode = "200", description = "The business and a page of its products")
    @ApiResponse(responseCode = "400", description = "page or size is not a whole number",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No verified business at this slug",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping(value = "/api/v1/artisans/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
    Artisan artisan(
            @Parameter(description = "The business's slug, as in /artisans/{slug}") @PathVariable String slug,
            @Parameter(description = "Page of products, from 0", schema = @Schema(type = "integer", minimum = "0",
                    defaultValue = "0"))
            @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Products per page", schema = @Schema(type = "integer", minimum = "1",
                    maximum = "" + SIZE_MAX, defaultValue = "" + ShopSection.SHOP_SIZE))
            @RequestParam(defaultValue = "" + ShopSection.SHOP_SIZE) int size) {
        ArtisanProfile artisan = directory.published(slug).orElseThrow(() -> new BusinessNotFoundException(0));
        Optional<CouncilView> council = councils.find(artisan.regionCode());
        String regencyName = council.map(CouncilView::areaName).orElse(artisan.regionCode());
        Page<ProductView> shop = catalog.shop(artisan.id(), PageNumber.of(page, Math.min(Math.max(size, 1), SIZE_MAX)));
        Map<PhotoId, Photo> covers = photos.covers(shop.getContent());
        List<ProductSummary> items = shop.getContent().stream()
                .map(p -> ProductSummary.of(p, regencyName, links.card(covers.get(p.coverId())), links)).toList();
        return new Artisan(artisan.slug(), links.artisan(artisan.slug()), artisan.name(), artisan.ownerName(),
                artisan.crafts().stream().sorted().toList(), artisan.regionCode(), regencyName, artisan.village(),
                council.map(CouncilView::name).orElse(null), artisan.foundedYear(), artisan.workers(), artisan.story(),
                artisan.certifications().stream().map(c -> new Certification(c.type().name(), c.number())).toList(),
                "https://wa.me/" + artisan.whatsAppDigits(),
                new Products(items, shop.getTotalElements(), shop.getNumber(), shop.getSize(), shop.getTotalPages()));
    }
}

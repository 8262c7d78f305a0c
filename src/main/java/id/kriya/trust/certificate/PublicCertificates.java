package id.kriya.trust.certificate;

import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanProfile;
import id.kriya.artisan.BusinessStatus;
import id.kriya.catalog.ProductCatalog;
import id.kriya.catalog.ProductView;
import id.kriya.council.CouncilManagement;
import org.springframework.stereotype.Component;

/** Turns a certificate into what the public may read, with links to the listing and the shop while they are public. */
@Component
class PublicCertificates {

    private final ProductCatalog catalog;
    private final ArtisanManagement artisans;
    private final CouncilManagement councils;

    PublicCertificates(ProductCatalog catalog, ArtisanManagement artisans, CouncilManagement councils) {
        this.catalog = catalog;
        this.artisans = artisans;
        this.councils = councils;
    }

    PublicCertificate of(CertificateView certificate) {
        String productSlug = catalog.find(certificate.productId()).filter(ProductView::isPublic)
                .map(ProductView::slug).orElse(null);
        String businessSlug = artisans.find(certificate.businessId())
                .filter(business -> business.status() == BusinessStatus.VERIFIED).map(ArtisanProfile::slug)
                .orElse(null);
        String area = councils.areaNames().getOrDefault(certificate.regionCode(), certificate.regionCode());
        return PublicCertificate.of(certificate, productSlug, businessSlug, area);
    }
}

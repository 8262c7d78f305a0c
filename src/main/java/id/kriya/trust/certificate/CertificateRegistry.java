package id.kriya.trust.certificate;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanProfile;
import id.kriya.artisan.certification.CertificationType;
import id.kriya.catalog.ProductCertification;
import id.kriya.catalog.ProductModeration;
import id.kriya.catalog.ProductNotFoundException;
import id.kriya.catalog.ProductStatus;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.StockKind;
import id.kriya.council.CouncilManagement;
import id.kriya.council.Jurisdiction;
import id.kriya.council.OfficerView;
import id.kriya.media.PhotoId;
import id.kriya.shared.Bali;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates for the officers who issue them: an officer of the piece's area (its regency, or for a province
 * officer any regency of the province; the area is the product's place of origin, the artisan's own unless they
 * said otherwise) issues one for a public product made as a single piece or in a limited edition, and any officer
 * of that area may revoke it. A product or certificate elsewhere does not exist for them. Every change tells the
 * catalog whether the product still carries a standing certificate, in the same transaction.
 */
@Service
@Transactional
public class CertificateRegistry {

    private final Certificates certificates;
    private final ProductModeration products;
    private final ProductCertification marks;
    private final ArtisanManagement artisans;
    private final CouncilManagement councils;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CertificateRegistry(Certificates certificates, ProductModeration products, ProductCertification marks,
                        ArtisanManagement artisans, CouncilManagement councils, ApplicationEventPublisher events,
                        Clock clock) {
        this.certificates = certificates;
        this.products = products;
        this.marks = marks;
        this.artisans = artisans;
        this.councils = councils;
        this.events = events;
        this.clock = clock;
    }

    /** The certificates of the officer's areas, newest first. */
    @Transactional(readOnly = true)
    public Page<CertificateView> inJurisdiction(long officerId, Pageable pageable) {
        return certificates.findByRegionCodeInOrderByIssuedAtDescIdDesc(regionsOf(officerId), pageable)
                .map(Certificate::toView);
    }

    /** @throws CertificateNotFoundException when there is none of that id in the officer's areas */
    @Transactional(readOnly = true)
    public CertificateView find(long officerId, long certificateId) {
        return inside(officerId, certificateId).toView();
    }

    /** The product as the officer may certify it, with its certificates that stand. */
    @Transactional(readOnly = true)
    public Candidate candidate(long officerId, long productId) {
        ProductView product = products.find(officerId, productId);
        return new Candidate(product, certificates.standingFor(productId).stream().map(Certificate::toView).toList());
    }

    /** A product in the officer's area with the certificates already standing for it (an edition's pieces). */
    public record Candidate(ProductView product, List<CertificateView> standing) {

        /** Made as a single piece or in a limited edition, and on the site: the only products a certificate fits. */
        public boolean isCertifiable() {
            return product.stockKind() != StockKind.MADE_TO_ORDER && product.isPublic()
                    && (product.stockKind() != StockKind.ONE_OF_A_KIND || standing.isEmpty());
        }
    }

    /**
     * A certificate request filled in from the listing and the business, for the officer to check and complete:
     * the maker, the technique, one line per material (what was found left blank), the business's geographical
     * indication and HAKI numbers, the next free number of an edition, today, and the listing's photos.
     */
    @Transactional(readOnly = true)
    public CertificateRequest draft(long officerId, long productId) {
        Candidate candidate = candidate(officerId, productId);
        ProductView product = candidate.product();
        ArtisanProfile business = artisans.find(product.businessId()).orElseThrow(ProductNotFoundException::new);
        Integer number = null;
        Integer size = null;
        if (product.stockKind() == StockKind.LIMITED) {
            Set<Integer> taken = candidate.standing().stream().map(CertificateView::editionNumber)
                    .filter(Objects::nonNull).collect(Collectors.toSet());
            size = candidate.standing().stream().map(CertificateView::editionSize).filter(Objects::nonNull)
                    .findFirst().orElse(null);
            number = 1;
            while (taken.contains(number)) {
                number++;
            }
        }
        List<MaterialCheck> checks = product.materials().stream()
                .map(material -> new MaterialCheck(capitalised(material), ""))
                .limit(CertificateRequest.CHECKS_MAX).toList();
        return new CertificateRequest(productId, product.maker(), product.technique(), null, checks,
                business.certificationNumber(CertificationType.GEOGRAPHICAL_INDICATION),
                business.certificationNumber(CertificationType.HAKI), number, size, today(),
                product.photoIds().stream().limit(CertificateRequest.PHOTOS_MAX).toList(), null);
    }

    /**
     * Issues a certificate with a fresh code and marks the product certified.
     *
     * @throws ProductNotFoundException when the product is not in the officer's areas
     * @throws CertificateRuleException when the product cannot carry it (made to order, not on the site, a unique
     *         piece already certified, an edition number taken or out of the edition's size, a photo not the
     *         product's, an inspection in the future); nothing is stored
     */
    public CertificateView issue(long officerId, CertificateRequest request) {
        Candidate candidate = candidate(officerId, request.productId());
        ProductView product = candidate.product();
        checkFits(candidate, request);
        OfficerView officer = councils.officerOf(officerId).orElseThrow(ProductNotFoundException::new);
        ArtisanProfile business = artisans.find(product.businessId()).orElseThrow(ProductNotFoundException::new);
        Certificate certificate = new Certificate(freshCode(), request,
                new Certificate.Issuer(officerId, officer.displayName(), officer.position(), officer.council().code(),
                        officer.council().name()),
                new Certificate.Piece(product.businessId(), product.regionCode(), product.title(), business.name()),
                clock.instant());
        try {
            certificates.saveAndFlush(certificate);
        } catch (DataIntegrityViolationException sameMoment) {
            // Another officer certified the same piece at the same moment: the unique index kept one.
            throw new CertificateRuleException(product.stockKind() == StockKind.LIMITED ? "editionNumber" : null,
                    product.stockKind() == StockKind.LIMITED ? "trust.certificate.rule.pieceTaken"
                            : "trust.certificate.rule.alreadyCertified");
        }
        marks.mark(product.id(), true);
        events.publishEvent(new CertificateIssued(certificate.id(), certificate.toView().code().value(), product.id(),
                product.businessId(), product.regionCode(), officerId));
        return certificate.toView();
    }

    /**
     * Revokes a certificate for good, with the reason its page will show; the product loses its mark when no other
     * certificate stands for it.
     *
     * @throws CertificateNotFoundException when there is none of that id in the officer's areas
     * @throws CertificateRuleException when it is revoked already or the reason is too short or too long
     */
    public void revoke(long officerId, long certificateId, String reason) {
        Certificate certificate = inside(officerId, certificateId);
        certificate.revoke(officerId, reason, clock.instant());
        certificates.flush();
        marks.mark(certificate.productId(), !certificates.standingFor(certificate.productId()).isEmpty());
        CertificateView view = certificate.toView();
        events.publishEvent(new CertificateRevoked(view.id(), view.code().value(), view.productId(), view.businessId(),
                officerId, view.revokeReason()));
    }

    private void checkFits(Candidate candidate, CertificateRequest request) {
        ProductView product = candidate.product();
        if (product.stockKind() == StockKind.MADE_TO_ORDER) {
            throw new CertificateRuleException("trust.certificate.rule.madeToOrder");
        }
        if (product.status() != ProductStatus.PUBLISHED && product.status() != ProductStatus.SOLD_OUT) {
            throw new CertificateRuleException("trust.certificate.rule.notPublic");
        }
        if (product.stockKind() == StockKind.ONE_OF_A_KIND) {
            if (!candidate.standing().isEmpty()) {
                throw new CertificateRuleException("trust.certificate.rule.alreadyCertified");
            }
            if (request.editionNumber() != null || request.editionSize() != null) {
                throw new CertificateRuleException("editionNumber", "trust.certificate.rule.uniqueHasNoNumber");
            }
        } else {
            checkEdition(candidate.standing(), request);
        }
        if (request.photos().isEmpty()) {
            throw new CertificateRuleException("photos", "trust.certificate.photos.required");
        }
        for (PhotoId photo : request.photos()) {
            if (!product.photoIds().contains(photo)) {
                throw new CertificateRuleException("photos", "trust.certificate.rule.photoNotOfProduct");
            }
        }
        if (request.inspectedOn() != null && request.inspectedOn().isAfter(today())) {
            throw new CertificateRuleException("inspectedOn", "trust.certificate.inspectedOn.future");
        }
    }

    private static void checkEdition(List<CertificateView> standing, CertificateRequest request) {
        Integer number = request.editionNumber();
        Integer size = request.editionSize();
        if (number == null || size == null) {
            throw new CertificateRuleException(number == null ? "editionNumber" : "editionSize",
                    "trust.certificate.edition.required");
        }
        if (size < 2 || size > CertificateRequest.EDITION_MAX) {
            throw new CertificateRuleException("editionSize", "trust.certificate.edition.size",
                    CertificateRequest.EDITION_MAX);
        }
        if (number < 1 || number > size) {
            throw new CertificateRuleException("editionNumber", "trust.certificate.edition.number", size);
        }
        for (CertificateView other : standing) {
            if (other.editionSize() != null && !other.editionSize().equals(size)) {
                throw new CertificateRuleException("editionSize", "trust.certificate.rule.editionSize",
                        other.editionSize());
            }
            if (number.equals(other.editionNumber())) {
                throw new CertificateRuleException("editionNumber", "trust.certificate.rule.pieceTaken", number, size);
            }
        }
    }

    private CertificateCode freshCode() {
        CertificateCode code = CertificateCode.random(random);
        // 80 random bits: a second draw is all but impossible, but the unique constraint would rather not learn it.
        while (certificates.existsByCode(code.value())) {
            code = CertificateCode.random(random);
        }
        return code;
    }

    private static String capitalised(String material) {
        return material.isEmpty() ? material : material.substring(0, 1).toUpperCase(Locale.ROOT) + material.substring(1);
    }

    /** "Today" on a certificate is Bali's day, wherever Kriya runs. */
    private LocalDate today() {
        return Bali.today(clock);
    }

    private Certificate inside(long officerId, long certificateId) {
        return certificates.findByIdAndRegionCodeIn(certificateId, regionsOf(officerId))
                .orElseThrow(CertificateNotFoundException::new);
    }

    private Set<String> regionsOf(long officerId) {
        return councils.jurisdictionOf(officerId).map(Jurisdiction::regionCodes).orElse(Set.of());
    }
}

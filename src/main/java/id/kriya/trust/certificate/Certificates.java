package id.kriya.trust.certificate;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Certificates extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByCode(String code);

    boolean existsByCode(String code);

    Page<Certificate> findByRegionCodeInOrderByIssuedAtDescIdDesc(Collection<String> regionCodes, Pageable pageable);

    Optional<Certificate> findByIdAndRegionCodeIn(long id, Collection<String> regionCodes);

    /** The certificates that stand for a product (not revoked): the one of a unique piece, or an edition's in number order. */
    @Query("""
            select c from Certificate c where c.productId = :productId and c.status <> id.kriya.trust.certificate.CertificateStatus.REVOKED
            order by c.editionNumber nulls first, c.id""")
    List<Certificate> standingFor(long productId);

    /** A product's valid certificates not yet passed to a buyer, the lowest edition number first. */
    @Query("""
            select c from Certificate c where c.productId = :productId and c.status = id.kriya.trust.certificate.CertificateStatus.VALID
            order by c.editionNumber nulls first, c.id""")
    List<Certificate> unsoldOf(long productId);

    List<Certificate> findBySaleOrderId(long saleOrderId);

    List<Certificate> findByOwnerUserIdOrderByTransferredAtDesc(long ownerUserId);
}

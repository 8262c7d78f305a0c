package id.kriya.catalog;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mark "Bersertifikat / Certified" on a product, for the trust module, which keeps the certificates themselves:
 * it sits above the catalog and calls down here whenever a certificate is issued or revoked. Only inside the
 * caller's transaction, so the mark never disagrees with the certificates it stands for.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
@NamedInterface("api")
public class ProductCertification {

    private final Products products;

    ProductCertification(Products products) {
        this.products = products;
    }

    /**
     * @param certified whether at least one certificate of the product stands (not revoked)
     * @throws ProductNotFoundException when there is no such product
     */
    public void mark(long productId, boolean certified) {
        products.findById(productId).orElseThrow(ProductNotFoundException::new).markCertified(certified);
    }
}

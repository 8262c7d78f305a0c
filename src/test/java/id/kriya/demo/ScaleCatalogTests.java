package id.kriya.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import javax.sql.DataSource;

import id.kriya.KriyaWebTest;
import id.kriya.account.AccountManagement;
import id.kriya.catalog.ProductCatalog;
import id.kriya.catalog.search.ProductSearch;
import id.kriya.catalog.search.SearchCriteria;
import id.kriya.catalog.search.SearchIndex;
import id.kriya.catalog.search.SearchResults;
import id.kriya.council.CouncilManagement;
import id.kriya.media.MediaLibrary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A small scale catalog (200 products over 10 businesses, one photo per craft) on the test database. */
@KriyaWebTest
class ScaleCatalogTests {

    @Autowired
    DataSource dataSource;
    @Autowired
    MediaLibrary media;
    @Autowired
    SearchIndex index;
    @Autowired
    CouncilManagement councils;
    @Autowired
    AccountManagement accounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    Clock clock;
    @Autowired
    ProductSearch search;
    @Autowired
    ProductCatalog catalog;

    @Test
    void generatesPublishedProductsWithPhotosThatSearchFindsAndDoesItOnlyOnce() throws Exception {
        ScaleCatalog generator = new ScaleCatalog(dataSource, media, index, councils, accounts, passwords, clock,
                200, 10, 11, "a-test-password-1");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long indexedBefore = index.documents();

        generator.run(null);
        generator.run(null);

        assertThat(generator.existingBusinesses()).isEqualTo(10);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM catalog_product p JOIN artisan_business b ON b.id = p.business_id "
                + "WHERE b.slug LIKE 'skala-%' AND b.status = 'VERIFIED' AND p.status = 'PUBLISHED'", Long.class)).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM catalog_product p JOIN artisan_business b ON b.id = p.business_id "
                + "WHERE b.slug LIKE 'skala-%' AND NOT EXISTS (SELECT 1 FROM catalog_product_photo f WHERE f.product_id = p.id)",
                Long.class)).isZero();
        // At least: other tests' products may be indexed meanwhile by listeners still running in the shared context.
        assertThat(index.documents()).isGreaterThanOrEqualTo(indexedBefore + 200);

        SearchResults marker = search.search(SearchCriteria.parse("tolok ukur", null, null, null, null, null, null, null, null, null));
        assertThat(marker.hits()).extracting(SearchResults.Hit::title).containsExactly(ScaleCatalog.MARKER_TITLE);
        assertThat(catalog.published(marker.hits().get(0).slug())).hasValueSatisfying(product ->
                assertThat(product.photoIds()).isNotEmpty());
    }
}

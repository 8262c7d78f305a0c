package id.kriya.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.kriya.artisan.Craft;
import id.kriya.catalog.search.SearchCriteria;
import id.kriya.catalog.search.SearchSort;
import org.junit.jupiter.api.Test;

class SearchParamsTests {

    @Test
    void pageAndApiReadTheSameParametersTheSameWay() {
        SearchParams params = new SearchParams("Tenun ikat", "tenun_endek", "51.04", null, "100.000", "50000", "true",
                "price_desc", "2", "24", null);

        for (SearchCriteria criteria : new SearchCriteria[] {params.forPage(), params.forApi()}) {
            assertThat(criteria.words()).containsExactly("tenun", "ikat");
            assertThat(criteria.category()).isEqualTo(Craft.TENUN_ENDEK);
            assertThat(criteria.regency()).isEqualTo("51.04");
            assertThat(criteria.minPrice()).isEqualTo(50_000);
            assertThat(criteria.maxPrice()).isEqualTo(100_000);
            assertThat(criteria.inStock()).isTrue();
            assertThat(criteria.sort()).isEqualTo(SearchSort.PRICE_DESC);
            assertThat(criteria.page()).isEqualTo(2);
            assertThat(criteria.notices()).containsExactly("search.notice.pricesSwapped");
        }
    }

    @Test
    void onlyTheApiLetsTheCallerChooseHowManyPerPage() {
        SearchParams params = new SearchParams(null, null, null, null, null, null, null, null, null, "24", null);

        assertThat(params.forApi().size()).isEqualTo(24);
        assertThat(params.forPage().size()).isEqualTo(SearchCriteria.SIZE_DEFAULT);
        assertThat(params.forPage().notices()).isEmpty();
    }

    @Test
    void badPageAndUnknownSortFallBackWithANoticeOnBoth() {
        SearchParams params = new SearchParams(null, null, null, null, null, null, null, "cheapest", "99999999999",
                null, null);

        for (SearchCriteria criteria : new SearchCriteria[] {params.forPage(), params.forApi()}) {
            assertThat(criteria.page()).isZero();
            assertThat(criteria.sort()).isEqualTo(SearchSort.RELEVANCE);
            assertThat(criteria.notices()).containsExactly("search.notice.unknownSort", "search.notice.badPage");
        }
    }
}

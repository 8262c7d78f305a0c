package id.kriya.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageNumberTests {

    @Test
    void negativePagesBecomeTheFirst() {
        assertThat(PageNumber.of(-3, 20).getPageNumber()).isZero();
    }

    @Test
    void absurdPagesStopWhereTheOffsetStillFitsTheQuery() {
        var request = PageNumber.of(999_999_999, 50);
        assertThat(request.getPageNumber()).isEqualTo(PageNumber.LAST);
        assertThat(request.getOffset()).isLessThan(Integer.MAX_VALUE);
    }

    @Test
    void ordinaryPagesStayAsAsked() {
        assertThat(PageNumber.of(7, 20).getPageNumber()).isEqualTo(7);
    }
}

package id.kriya.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContinuePathTests {

    @ParameterizedTest
    @ValueSource(strings = {"/my/business/new", "/my/products?status=DRAFT", "/products/kain-endek", "/"})
    void keepsPathsOnThisSite(String path) {
        assertThat(ContinuePath.safe(path)).contains(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example", "http://evil.example/my", "//evil.example", "/\\evil.example",
            "\\\\evil.example", "%2F%2Fevil.example", "/%2Fevil.example", "/%5Cevil.example", "%2f%2fevil.example",
            "/\t/evil.example", "/\n/evil.example", " /my", "javascript:alert(1)", "evil.example", "my/business",
            "/signin", "/signup?continue=/my", "/signup/confirm?token=x", "%zz", ""})
    void dropsAnythingABrowserCouldReadAsAnotherSiteOrALoop(String path) {
        assertThat(ContinuePath.safe(path)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void dropsNullAndOverlongPaths() {
        assertThat(ContinuePath.safe(null)).isEmpty();
        assertThat(ContinuePath.safe("/" + "a".repeat(ContinuePath.MAX_LENGTH))).isEmpty();
    }
}

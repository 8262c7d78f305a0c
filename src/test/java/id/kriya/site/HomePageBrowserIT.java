package id.kriya.site;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import id.kriya.PhoneBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class HomePageBrowserIT {

    static PhoneBrowser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() {
        browser = PhoneBrowser.launch();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void homePageSwitchesToEnglishAndRemembersItWithoutBreakingTheContentSecurityPolicy() {
        Page page = browser.newVisitor();
        List<String> problems = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                problems.add(message.text());
            }
        });

        page.navigate("http://localhost:" + port + "/");
        assertThat(page.locator("html")).hasAttribute("lang", "id");
        assertThat(page.locator("h1")).containsText("perajin");
        PhoneBrowser.screenshot(page, "home-id");

        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("EN").setExact(true)).click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        page.navigate("http://localhost:" + port + "/signin");
        assertThat(page.locator("h1")).hasText("Sign in");
        PhoneBrowser.screenshot(page, "signin-en");

        org.assertj.core.api.Assertions.assertThat(problems).as("console errors (CSP violations show here)").isEmpty();
    }
}

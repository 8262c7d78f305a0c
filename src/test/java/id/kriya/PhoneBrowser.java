package id.kriya;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright, sized like a cheap phone (360 × 740). Playwright's own browser download
 * cannot work here, so the system Chromium is used; without it the browser tests are skipped, not failed.
 */
public final class PhoneBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("kriya.chromium", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    private final Playwright playwright;
    private final Browser browser;

    private PhoneBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    public static PhoneBrowser launch() {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed (apt-get install chromium)");
        return new PhoneBrowser();
    }

    /** A fresh visitor: own cookies, phone-sized screen, Indonesian by default. */
    public Page newVisitor() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(360, 740)
                .setDeviceScaleFactor(2)
                .setIsMobile(true)
                .setHasTouch(true)
                .setLocale("id-ID"));
        return context.newPage();
    }

    /** A visitor on a laptop or desktop screen of this size. */
    public Page newScreen(int width, int height) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("id-ID"))
                .newPage();
    }

    public static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}

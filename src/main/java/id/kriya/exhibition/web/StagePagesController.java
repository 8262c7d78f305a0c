package id.kriya.exhibition.web;

import java.time.Duration;
import java.util.Locale;

import id.kriya.exhibition.ExhibitionManagement;
import id.kriya.exhibition.ExhibitionNotFoundException;
import id.kriya.exhibition.print.CatalogPdf;
import id.kriya.exhibition.showcase.ExhibitionCatalog;
import id.kriya.exhibition.showcase.Showcase;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The exhibition online: a stage's page lists its exhibitors by regency with their products, to buy through the
 * normal cart; and the printable catalog of the whole exhibition or of one stage, as a PDF.
 */
@Controller
class StagePagesController {

    static final String STAGE_VIEW = "exhibition/stage";

    private final Showcase showcase;
    private final CatalogPdf pdf;
    private final ExhibitionManagement exhibitions;

    StagePagesController(Showcase showcase, CatalogPdf pdf, ExhibitionManagement exhibitions) {
        this.showcase = showcase;
        this.pdf = pdf;
        this.exhibitions = exhibitions;
    }

    @GetMapping("/exhibitions/{slug}/stages/{number}")
    String stage(@PathVariable String slug, @PathVariable int number,
                 @RequestParam(defaultValue = "0") String page, Model model) {
        model.addAttribute("page", showcase.stage(slug, number, pageNumber(page))
                .orElseThrow(ExhibitionNotFoundException::new));
        model.addAttribute("today", exhibitions.today());
        return STAGE_VIEW;
    }

    @GetMapping("/exhibitions/{slug}/catalog.pdf")
    ResponseEntity<byte[]> catalog(@PathVariable String slug, Locale locale) {
        return pdf(showcase.catalog(slug, null).orElseThrow(ExhibitionNotFoundException::new), slug, locale);
    }

    @GetMapping("/exhibitions/{slug}/stages/{number}/catalog.pdf")
    ResponseEntity<byte[]> stageCatalog(@PathVariable String slug, @PathVariable int number, Locale locale) {
        return pdf(showcase.catalog(slug, number).orElseThrow(ExhibitionNotFoundException::new),
                slug + "-tahap-" + number, locale);
    }

    private ResponseEntity<byte[]> pdf(ExhibitionCatalog catalog, String name, Locale locale) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename("katalog-" + name + ".pdf").build().toString())
                .body(pdf.render(catalog, locale));
    }

    /** A page number from the address; anything else is the first page. */
    private static int pageNumber(String raw) {
        try {
            return Math.max(0, Math.min(1000, Integer.parseInt(raw.strip())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

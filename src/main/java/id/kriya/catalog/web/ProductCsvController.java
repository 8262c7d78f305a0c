package id.kriya.catalog.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import id.kriya.account.KriyaUser;
import id.kriya.catalog.ProductManagement;
import id.kriya.catalog.ProductRuleException;
import id.kriya.catalog.web.ProductCsv.Reading;
import id.kriya.catalog.web.ProductCsv.RowError;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Many products at once: import from a CSV file, all or nothing, and export the business's products. */
@Controller
class ProductCsvController {

    static final String VIEW = "catalog/import";
    static final long MAX_BYTES = 2L * 1024 * 1024;

    private final ProductManagement products;
    private final ProductCsv csv;
    private final MessageSource messages;

    ProductCsvController(ProductManagement products, ProductCsv csv, MessageSource messages) {
        this.products = products;
        this.csv = csv;
        this.messages = messages;
    }

    @GetMapping("/my/products/import")
    String form(@AuthenticationPrincipal KriyaUser me, Model model) {
        products.businessOf(me.id());
        return show(model, List.of());
    }

    @PostMapping("/my/products/import")
    String upload(@AuthenticationPrincipal KriyaUser me, @RequestParam(required = false) MultipartFile file,
                  Locale locale, Model model, RedirectAttributes redirect) throws IOException {
        products.businessOf(me.id());
        if (file == null || file.isEmpty()) {
            return show(model, List.of(new RowError(0, "", messages.getMessage("catalog.import.noFile", null, locale))));
        }
        if (file.getSize() > MAX_BYTES) {
            return show(model, List.of(new RowError(0, "", messages.getMessage("catalog.import.tooBig", null, locale))));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.getBytes())).toString();
        } catch (CharacterCodingException e) {
            return show(model, List.of(new RowError(0, "", messages.getMessage("catalog.import.notUtf8", null, locale))));
        }
        Reading reading = csv.read(text, locale);
        if (!reading.errors().isEmpty()) {
            return show(model, reading.errors());
        }
        try {
            products.importAll(me.id(), reading.products());
            redirect.addFlashAttribute("flash", "catalog.import.done");
            return MyProductsController.REDIRECT_LIST + "?status=DRAFT";
        } catch (ProductRuleException e) {
            return show(model, List.of(new RowError(0, "", messages.getMessage(e.messageKey(), null, locale))));
        }
    }

    @GetMapping("/my/products/export.csv")
    ResponseEntity<String> export(@AuthenticationPrincipal KriyaUser me) {
        String body = csv.write(products.export(me.id()));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("produk.csv").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    private static String show(Model model, List<RowError> errors) {
        model.addAttribute("errors", errors);
        model.addAttribute("columns", ProductCsv.COLUMNS.keySet());
        return VIEW;
    }
}

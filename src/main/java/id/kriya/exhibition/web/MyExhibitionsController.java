package id.kriya.exhibition.web;

import java.util.List;
import java.util.Locale;

import id.kriya.account.KriyaUser;
import id.kriya.exhibition.BoothAssignment;
import id.kriya.exhibition.booth.ExhibitorSheet;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** An artisan's own stages, with their booths, and the exhibitor sheet of each to print. */
@Controller
class MyExhibitionsController {

    static final String LIST_VIEW = "exhibition/my-exhibitions";
    static final String SHEET_VIEW = "exhibition/sheet";

    private final BoothAssignment booths;
    private final SheetsPdf pdf;
    private final MessageSource messages;

    MyExhibitionsController(BoothAssignment booths, SheetsPdf pdf, MessageSource messages) {
        this.booths = booths;
        this.pdf = pdf;
        this.messages = messages;
    }

    @GetMapping("/my/exhibitions")
    String list(@AuthenticationPrincipal KriyaUser me, Model model) {
        model.addAttribute("sheets", booths.sheetsOf(me.id()));
        return LIST_VIEW;
    }

    @GetMapping("/my/exhibitions/{stageId}/sheet")
    String sheet(@AuthenticationPrincipal KriyaUser me, @PathVariable long stageId, Model model) {
        model.addAttribute("sheet", booths.sheetOf(me.id(), stageId));
        return SHEET_VIEW;
    }

    @GetMapping(value = "/my/exhibitions/{stageId}/sheet.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> sheetPdf(@AuthenticationPrincipal KriyaUser me, @PathVariable long stageId, Locale locale) {
        ExhibitorSheet sheet = booths.sheetOf(me.id(), stageId);
        String title = messages.getMessage("exhibition.sheet.pageTitle",
                new Object[] {sheet.stage().number(), sheet.exhibition().title()}, locale);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("lembar-peserta-" + sheet.exhibition().slug() + "-tahap-" + sheet.stage().number() + ".pdf")
                        .build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(pdf.render(List.of(sheet), title, locale));
    }
}

package id.kriya.exhibition.web;

import java.util.Locale;

import id.kriya.account.KriyaUser;
import id.kriya.exhibition.BoothAssignment;
import id.kriya.exhibition.ExhibitionRuleException;
import id.kriya.exhibition.BoothsAssigned;
import org.springframework.context.MessageSource;
import id.kriya.exhibition.booth.BoothBoard;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A stage's booths for the organising council's officers: the plan with who holds each booth, the automatic draw, a
 * move, a swap or a release per exhibitor, and every exhibitor's sheet to print. A refused change re-renders the page
 * with the reason and changes nothing.
 */
@Controller
class OfficerBoothsController {

    static final String VIEW = "exhibition/officer-booths";
    static final String SHEETS_VIEW = "exhibition/sheets";
    static final String PATH = "/officer/exhibitions/{id}/stages/{stageId}/booths";

    private final BoothAssignment booths;
    private final MessageSource messages;
    private final SheetsPdf pdf;

    OfficerBoothsController(BoothAssignment booths, MessageSource messages, SheetsPdf pdf) {
        this.booths = booths;
        this.messages = messages;
        this.pdf = pdf;
    }

    @GetMapping(PATH)
    String board(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, @PathVariable long stageId, Model model) {
        model.addAttribute("board", booths.board(me.id(), id, stageId));
        return VIEW;
    }

    @PostMapping(PATH + "/auto")
    String assign(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, @PathVariable long stageId,
                  Model model, Locale locale, RedirectAttributes redirect) {
        try {
            BoothsAssigned result = booths.assignAutomatically(me.id(), id, stageId);
            redirect.addFlashAttribute("flash", result.withoutBooth().isEmpty()
                    ? "exhibition.booths.drawn" : "exhibition.booths.drawnSomeWithout");
            return redirectTo(id, stageId);
        } catch (ExhibitionRuleException e) {
            return refused(e, me, id, stageId, model, locale);
        }
    }

    @PostMapping(PATH + "/move")
    String move(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, @PathVariable long stageId,
                @RequestParam long exhibitorId, @RequestParam(defaultValue = "") String boothCode, Model model,
                Locale locale, RedirectAttributes redirect) {
        try {
            booths.move(me.id(), id, stageId, exhibitorId, boothCode);
            redirect.addFlashAttribute("flash", "exhibition.booths.moved");
            return redirectTo(id, stageId);
        } catch (ExhibitionRuleException e) {
            return refused(e, me, id, stageId, model, locale);
        }
    }

    @PostMapping(PATH + "/swap")
    String swap(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, @PathVariable long stageId,
                @RequestParam long exhibitorId, @RequestParam long otherId, Model model, Locale locale,
                RedirectAttributes redirect) {
        try {
            booths.swap(me.id(), id, stageId, exhibitorId, otherId);
            redirect.addFlashAttribute("flash", "exhibition.booths.swapped");
            return redirectTo(id, stageId);
        } catch (ExhibitionRuleException e) {
            return refused(e, me, id, stageId, model, locale);
        }
    }

    @PostMapping(PATH + "/release")
    String release(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, @PathVariable long stageId,
                   @RequestParam long exhibitorId, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            booths.release(me.id(), id, stageId, exhibitorId);
            redirect.addFlashAttribute("flash", "exhibition.booths.released");
            return redirectTo(id, stageId);
        } catch (ExhibitionRuleException e) {
            return refused(e, me, id, stageId, model, locale);
        }
    }

    @GetMapping(PATH + "/sheets")
    String sheets(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, @PathVariable long stageId, Model model) {
        model.addAttribute("board", booths.board(me.id(), id, stageId));
        model.addAttribute("sheets", booths.sheets(me.id(), id, stageId));
        return SHEETS_VIEW;
    }

    @GetMapping(value = PATH + "/sheets.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> sheetsPdf(@AuthenticationPrincipal KriyaUser me, @PathVariable long id,
                                     @PathVariable long stageId, Locale locale) {
        BoothBoard board = booths.board(me.id(), id, stageId);
        String title = messages.getMessage("exhibition.booths.sheetsTitle",
                new Object[] {board.stage().number(), board.exhibition().title()}, locale);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("lembar-peserta-" + board.exhibition().slug() + "-tahap-" + board.stage().number() + ".pdf")
                        .build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(pdf.render(booths.sheets(me.id(), id, stageId), title, locale));
    }

    /** The page again, as it stands (nothing changed), with the reason on top. */
    private String refused(ExhibitionRuleException e, KriyaUser me, long id, long stageId, Model model, Locale locale) {
        model.addAttribute("flashErrorText", messages.getMessage(
                new DefaultMessageSourceResolvable(new String[] {e.messageKey()}, e.arguments()), locale));
        model.addAttribute("board", booths.board(me.id(), id, stageId));
        return VIEW;
    }

    private static String redirectTo(long id, long stageId) {
        return "redirect:/officer/exhibitions/" + id + "/stages/" + stageId + "/booths";
    }
}

package id.kriya.exhibition.web;

import java.util.Locale;

import id.kriya.account.KriyaUser;
import id.kriya.exhibition.report.ExhibitionReport;
import id.kriya.exhibition.report.ExhibitionReports;
import id.kriya.exhibition.report.ReportWorkbook;
import id.kriya.platform.spreadsheet.Spreadsheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The report of an exhibition, or of one of its stages, for the officers of the organising council and the councils
 * above it, as a page and as an XLSX workbook. Another council's exhibition is not found.
 */
@Controller
class OfficerReportsController {

    static final String VIEW = "exhibition/report";
    static final MediaType XLSX = MediaType.parseMediaType(Spreadsheet.MEDIA_TYPE);

    private final ExhibitionReports reports;
    private final ReportWorkbook workbook;

    OfficerReportsController(ExhibitionReports reports, ReportWorkbook workbook) {
        this.reports = reports;
        this.workbook = workbook;
    }

    @GetMapping("/officer/exhibitions/{id}/report")
    String exhibition(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, Model model) {
        model.addAttribute("report", reports.ofExhibition(me.id(), id));
        return VIEW;
    }

    @GetMapping("/officer/exhibitions/{id}/stages/{stageId}/report")
    String stage(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, @PathVariable long stageId,
                 Model model) {
        model.addAttribute("report", reports.ofStage(me.id(), id, stageId));
        return VIEW;
    }

    @GetMapping("/officer/exhibitions/{id}/report.xlsx")
    ResponseEntity<byte[]> exhibitionXlsx(@AuthenticationPrincipal KriyaUser me, @PathVariable long id,
                                          Locale locale) {
        ExhibitionReport report = reports.ofExhibition(me.id(), id);
        return xlsx(report, "laporan-" + report.exhibition().slug(), locale);
    }

    @GetMapping("/officer/exhibitions/{id}/stages/{stageId}/report.xlsx")
    ResponseEntity<byte[]> stageXlsx(@AuthenticationPrincipal KriyaUser me, @PathVariable long id,
                                     @PathVariable long stageId, Locale locale) {
        ExhibitionReport report = reports.ofStage(me.id(), id, stageId);
        return xlsx(report, "laporan-" + report.exhibition().slug() + "-tahap-" + report.whole().stage().number(),
                locale);
    }

    private ResponseEntity<byte[]> xlsx(ExhibitionReport report, String name, Locale locale) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name + ".xlsx").build().toString())
                .body(workbook.write(report, locale));
    }
}

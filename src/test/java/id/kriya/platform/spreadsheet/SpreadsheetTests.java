package id.kriya.platform.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;

import id.kriya.shared.Rupiah;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetTests {

    @Test
    void headerIsBoldAndStaysInViewAboveTypedCells() throws IOException {
        Spreadsheet book = new Spreadsheet();
        Spreadsheet.Sheet sheet = book.sheet("Anggota");
        sheet.header("Nama usaha", "NIB", "Berdiri", "Pekerja", "Omzet (Rp)");
        sheet.row().text("Tenun Sari").text("0120000123456").date(LocalDate.of(2001, 8, 17)).number(12)
                .money(Rupiah.of(1_250_000));

        try (XSSFWorkbook read = read(book)) {
            Sheet written = read.getSheet("Anggota");
            Cell heading = written.getRow(0).getCell(0);
            assertThat(heading.getStringCellValue()).isEqualTo("Nama usaha");
            assertThat(read.getFontAt(heading.getCellStyle().getFontIndex()).getBold()).isTrue();
            PaneInformation pane = written.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) 1);

            var row = written.getRow(1);
            assertThat(read.getFontAt(row.getCell(0).getCellStyle().getFontIndex()).getBold()).isFalse();
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("0120000123456");
            assertThat(DateUtil.isCellDateFormatted(row.getCell(2))).isTrue();
            assertThat(row.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2001, 8, 17));
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(12);
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(1_250_000);
            assertThat(row.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        }
    }

    @Test
    void titleLinesComeAboveTheHeaderAndStayInViewWithIt() throws IOException {
        Spreadsheet book = new Spreadsheet();
        book.sheet("Ringkasan").title("Pameran IKM Bali Bangkit").header("Bagian", "Pengunjung")
                .row().text("Seluruh pameran").number(420);

        try (XSSFWorkbook read = read(book)) {
            Sheet written = read.getSheetAt(0);
            assertThat(written.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Pameran IKM Bali Bangkit");
            assertThat(written.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Pengunjung");
            assertThat(written.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(420);
            assertThat(written.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 2);
        }
    }

    @Test
    void totalRowIsBoldAndKeepsItsNumbersNumbers() throws IOException {
        Spreadsheet book = new Spreadsheet();
        Spreadsheet.Sheet sheet = book.sheet("Pengunjung").header("Hari", "Pengunjung");
        sheet.row().date(LocalDate.of(2026, 12, 1)).number(1200);
        sheet.totalRow().text("Jumlah").number(1200);

        try (XSSFWorkbook read = read(book)) {
            Cell total = read.getSheetAt(0).getRow(2).getCell(1);
            assertThat(total.getNumericCellValue()).isEqualTo(1200);
            assertThat(read.getFontAt(total.getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(total.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        }
    }

    @Test
    void missingValuesAndFormulaLikeTextAreEmptyOrPlainText() throws IOException {
        Spreadsheet book = new Spreadsheet();
        book.sheet("Data").header("A", "B", "C", "D").row().text(null).date(null).money(null)
                .text("=HYPERLINK(\"http://contoh.id\")");

        try (XSSFWorkbook read = read(book)) {
            var row = read.getSheetAt(0).getRow(1);
            for (int c = 0; c < 3; c++) {
                assertThat(row.getCell(c).getStringCellValue()).isEmpty();
            }
            assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://contoh.id\")");
        }
    }

    @Test
    void lastWidthGivenHoldsForEveryFurtherColumn() throws IOException {
        Spreadsheet book = new Spreadsheet();
        book.sheet("Lebar").widths(28, 16).header("Nama", "Satu", "Dua", "Tiga");

        try (XSSFWorkbook read = read(book)) {
            Sheet written = read.getSheetAt(0);
            assertThat(written.getColumnWidth(0)).isEqualTo(28 * 256);
            assertThat(written.getColumnWidth(1)).isEqualTo(16 * 256);
            assertThat(written.getColumnWidth(3)).isEqualTo(16 * 256);
        }
    }

    @Test
    void sheetNameASpreadsheetWouldRefuseIsMadeAcceptable() throws IOException {
        Spreadsheet book = new Spreadsheet();
        book.sheet("Peserta per kabupaten/kota dan kriya: seluruh tahap").header("Kabupaten");

        try (XSSFWorkbook read = read(book)) {
            String name = read.getSheetName(0);
            assertThat(name).hasSizeLessThanOrEqualTo(31).startsWith("Peserta per kabupaten").doesNotContain("/", ":");
        }
    }

    private static XSSFWorkbook read(Spreadsheet book) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(book.toBytes()));
    }
}

package id.kriya.artisan.web;

import static id.kriya.artisan.ArtisanMother.aBusiness;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanMother;
import id.kriya.artisan.Craft;
import id.kriya.artisan.TestPeople;
import id.kriya.artisan.certification.CertificationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@KriyaWebTest
class MemberExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople people;

    @Autowired
    ArtisanManagement artisans;

    String token;
    KriyaUser gianyarOfficer;
    ArtisanMother songketVerified;
    ArtisanMother songketPending;
    ArtisanMother silver;
    ArtisanMother songketInBadung;

    /** Four businesses sharing a village word: two songket in Gianyar (one verified), silver in Gianyar, songket in Badung. */
    @BeforeEach
    void fourBusinesses() throws Exception {
        token = ArtisanMother.token();
        gianyarOfficer = people.officerOf("51.04");
        songketVerified = aBusiness().in("51.04").inVillage("Batuan " + token).named("Songket Ṣari Ñyoman " + token)
                .practising(Craft.SONGKET).certified(CertificationType.HALAL, "ID-HALAL-1");
        songketPending = aBusiness().in("51.04").inVillage("Batuan " + token).named("Songket, \"Dewi\" " + token)
                .practising(Craft.SONGKET, Craft.FASHION);
        silver = aBusiness().in("51.04").inVillage("Celuk " + token).practising(Craft.PERAK_PERHIASAN);
        songketInBadung = aBusiness().in("51.03").inVillage("Mengwi " + token).practising(Craft.SONGKET);
        long verified = artisans.register(people.buyer().id(), songketVerified.details());
        artisans.register(people.buyer().id(), songketPending.details());
        artisans.register(people.buyer().id(), silver.details());
        artisans.register(people.buyer().id(), songketInBadung.details());
        mvc.perform(post("/officer/members/{id}/verify", verified).param("version", people.versionOf(verified)).with(user(gianyarOfficer)).with(csrf()));
    }

    @Test
    void csvHoldsExactlyTheFilteredRowsWithABomForExcel() throws Exception {
        byte[] body = mvc.perform(get("/officer/members.csv").param("q", token).param("craft", "SONGKET")
                        .with(user(gianyarOfficer)))
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"anggota-binaan.csv\""))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String csv = new String(body, StandardCharsets.UTF_8).substring(1);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("Nama usaha,Pemilik,WhatsApp");
        // Newest first; a name with a comma and quotes is quoted, and Indonesian letters survive.
        assertThat(lines.get(1)).startsWith("\"Songket, \"\"Dewi\"\" " + token + "\"");
        assertThat(lines.get(2)).startsWith("Songket Ṣari Ñyoman " + token);
        assertThat(lines.get(2)).contains("+6281234567890", "51.04", "Gianyar", "Sertifikat halal ID-HALAL-1", "Terverifikasi");
    }

    @Test
    void csvFollowsTheStatusAndCertificationFilters() throws Exception {
        String csv = mvc.perform(get("/officer/members.csv").param("q", token).param("status", "VERIFIED")
                        .param("certification", "HALAL").with(user(gianyarOfficer)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv).contains(songketVerified.name()).doesNotContain(songketPending.name(), silver.name());
    }

    @Test
    void xlsxHoldsExactlyTheFilteredRows() throws Exception {
        byte[] body = mvc.perform(get("/officer/members.xlsx").param("q", token).param("craft", "SONGKET")
                        .with(user(gianyarOfficer)))
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> names = new ArrayList<>();
            for (Row row : sheet) {
                names.add(row.getCell(0).getStringCellValue());
            }
            assertThat(names).containsExactly("Nama usaha", songketPending.name(), songketVerified.name());
            assertThat(sheet.getRow(2).getCell(11).getStringCellValue()).isEqualTo(songketVerified.nib());
        }
    }

    @Test
    void englishExportHasEnglishHeadings() throws Exception {
        String csv = mvc.perform(get("/officer/members.csv").param("q", token).param("lang", "en")
                        .with(user(gianyarOfficer)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("\uFEFFBusiness,Owner,WhatsApp");
        assertThat(csv.lines().toList()).hasSize(4);
    }

    @Test
    void englishExportFilesHaveEnglishNames() throws Exception {
        mvc.perform(get("/officer/members.csv").param("q", token).param("lang", "en").with(user(gianyarOfficer)))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"fostered-members.csv\""));
        mvc.perform(get("/officer/members.xlsx").param("q", token).param("lang", "en").with(user(gianyarOfficer)))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"fostered-members.xlsx\""));
    }

    @Test
    void memberListNamesTheRegencyInsteadOfItsCode() throws Exception {
        mvc.perform(get("/officer/members").param("q", token).with(user(gianyarOfficer)))
                .andExpect(content().string(containsString(">Gianyar</td>")))
                .andExpect(content().string(not(containsString("<td>51.04</td>"))));
    }

    @Test
    void htmxFilteringOfTheMemberListGetsOnlyTheResults() throws Exception {
        mvc.perform(get("/officer/members").param("q", token).header("HX-Request", "true").with(user(gianyarOfficer)))
                .andExpect(view().name(OfficerMembersController.RESULTS_FRAGMENT))
                .andExpect(content().string(containsString("id=\"member-results\"")))
                .andExpect(content().string(containsString(silver.name())))
                .andExpect(content().string(not(containsString("<form"))));
        mvc.perform(get("/officer/members").param("q", token).with(user(gianyarOfficer)))
                .andExpect(view().name(OfficerMembersController.LIST_VIEW))
                .andExpect(content().string(not(containsString("hx-select"))))
                .andExpect(content().string(containsString("hx-push-url=\"true\"")));
    }
}

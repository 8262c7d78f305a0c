package id.kriya.council.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import id.kriya.KriyaWebTest;
import id.kriya.council.CouncilKind;
import id.kriya.council.CouncilManagement;
import id.kriya.council.CouncilView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Province codes here are ones no real province has (from 45 up), except Jawa Timur's 35 for Madiun and Batu. */
@KriyaWebTest
class CouncilAdminTests {

    static final RequestPostProcessor ADMIN = user("admin@kriya.local").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    CouncilManagement councils;

    @Test
    void listsEveryProvinceWithItsAreasAndOfficerCounts() throws Exception {
        mvc.perform(get("/admin/councils").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(view().name(CouncilAdminController.LIST_VIEW))
                .andExpect(content().string(allOf(
                        containsString("51 Dekranasda Provinsi Bali"),
                        containsString("Dekranasda Kabupaten Gianyar"),
                        containsString("Dekranasda Kota Denpasar"),
                        containsString("Petugas provinsi:"))));
    }

    @Test
    void addsJawaTimurWithMadiunAndBatuInOneForm() throws Exception {
        mvc.perform(provinceForm("35", "Dekranasda Provinsi Jawa Timur", "Jawa Timur",
                        "35.19 Kabupaten Madiun\r\n35.79 Kota Batu\r\n"))
                .andExpect(redirectedUrl("/admin/councils"))
                .andExpect(flash().attribute("flash", "council.province.added"));

        assertThat(councils.find("35").orElseThrow().name()).isEqualTo("Dekranasda Provinsi Jawa Timur");
        assertThat(councils.areasOf("35")).extracting(CouncilView::code, CouncilView::name, CouncilView::areaName,
                        CouncilView::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("35.19", "Dekranasda Kabupaten Madiun", "Madiun", CouncilKind.REGENCY),
                        org.assertj.core.groups.Tuple.tuple("35.79", "Dekranasda Kota Batu", "Kota Batu", CouncilKind.CITY));
        mvc.perform(get("/admin/councils").with(ADMIN))
                .andExpect(content().string(containsString("Dekranasda Kabupaten Madiun")));
    }

    @Test
    void savesNothingWhenOneLineIsBadAndNamesThatLine() throws Exception {
        mvc.perform(provinceForm("45", "Dekranasda Provinsi Uji", "Uji",
                        "45.01 Kabupaten Satu\n45.2 Kabupaten Dua\n46.03 Kabupaten Tiga\n45.04 Empat\n45.01 Kabupaten Lagi"))
                .andExpect(status().isOk())
                .andExpect(view().name(CouncilAdminController.PROVINCE_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "areas", "council.lines.error"))
                .andExpect(model().errorCount(4))
                .andExpect(content().string(allOf(
                        containsString("Baris 2 (“45.2 Kabupaten Dua”): Awali dengan kode wilayah"),
                        containsString("Baris 3 (“46.03 Kabupaten Tiga”): Kode ini bukan wilayah provinsi"),
                        containsString("Baris 4 (“45.04 Empat”): Awali nama dengan “Kabupaten” atau “Kota”"),
                        containsString("Baris 5 (“45.01 Kabupaten Lagi”): Kode ini sudah ada di baris sebelumnya"),
                        not(containsString("Baris 1")))));

        assertThat(councils.find("45")).isEmpty();
        assertThat(councils.find("45.01")).isEmpty();
    }

    @Test
    void refusesAProvinceThatHasItsCouncilAlready() throws Exception {
        mvc.perform(provinceForm("51", "Dekranasda Provinsi Bali Kedua", "Bali", "51.09 Kabupaten Baru"))
                .andExpect(view().name(CouncilAdminController.PROVINCE_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "council.code.taken"))
                .andExpect(content().string(containsString("Sudah ada Dekranasda dengan kode 51.")));

        assertThat(councils.find("51").orElseThrow().name()).isEqualTo("Dekranasda Provinsi Bali");
        assertThat(councils.find("51.09")).isEmpty();
    }

    @Test
    void refusesEmptyMalformedAndOverlongFieldsWithMessages() throws Exception {
        mvc.perform(provinceForm("", "", " ", ""))
                .andExpect(view().name(CouncilAdminController.PROVINCE_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "areaName", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "areas", "NotBlank"))
                .andExpect(content().string(containsString("Wajib diisi.")));

        mvc.perform(provinceForm("7", "D".repeat(121), "U".repeat(81), "47.01 Kabupaten Satu"))
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "Pattern"))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "Size"))
                .andExpect(model().attributeHasFieldErrorCode("form", "areaName", "Size"))
                .andExpect(content().string(allOf(
                        containsString("Kode provinsi terdiri dari 2 angka"),
                        containsString("Paling banyak 120 karakter."),
                        containsString("Paling banyak 80 karakter."))));

        assertThat(councils.find("47.01")).isEmpty();
    }

    @Test
    void addsOneCityToAnExistingProvince() throws Exception {
        provinceWithOneRegency("48");

        mvc.perform(areaForm("48", "48.71 Kota Uji"))
                .andExpect(redirectedUrl("/admin/councils"))
                .andExpect(flash().attribute("flash", "council.area.added"));

        CouncilView city = councils.find("48.71").orElseThrow();
        assertThat(city.kind()).isEqualTo(CouncilKind.CITY);
        assertThat(city.parentCode()).isEqualTo("48");
    }

    @Test
    void refusesAnAreaThatExistsOrLiesOutsideTheProvince() throws Exception {
        mvc.perform(areaForm("51", "51.04 Kabupaten Gianyar"))
                .andExpect(view().name(CouncilAdminController.LIST_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("areaForm", "line", "council.code.taken"))
                .andExpect(content().string(containsString("Sudah ada Dekranasda dengan kode 51.04.")));

        mvc.perform(areaForm("51", "52.01 Kabupaten Lombok Barat"))
                .andExpect(model().attributeHasFieldErrorCode("areaForm", "line", "council.line.OUTSIDE_PROVINCE"))
                .andExpect(content().string(containsString("Kode ini bukan wilayah provinsi tersebut")));

        assertThat(councils.areasOf("51")).hasSize(9);
        assertThat(councils.find("52.01")).isEmpty();
    }

    @Test
    void refusesAnAreaOfAProvinceKriyaDoesNotKnow() throws Exception {
        mvc.perform(areaForm("49", "49.01 Kabupaten Tanpa Provinsi"))
                .andExpect(view().name(CouncilAdminController.LIST_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("areaForm", "provinceCode", "council.area.province.unknown"));

        mvc.perform(areaForm("", ""))
                .andExpect(model().attributeHasFieldErrorCode("areaForm", "provinceCode", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("areaForm", "line", "NotBlank"));

        assertThat(councils.find("49.01")).isEmpty();
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        mvc.perform(provinceForm("50", "Dekranasda Uji", "Uji", "50.01 Uji").param("lang", "en"))
                .andExpect(content().string(containsString("Line 1 (“50.01 Uji”): Start the name with “Kabupaten”")));
    }

    private void provinceWithOneRegency(String code) throws Exception {
        mvc.perform(provinceForm(code, "Dekranasda Provinsi Uji " + code, "Uji", code + ".01 Kabupaten Uji"))
                .andExpect(redirectedUrl("/admin/councils"));
    }

    private static MockHttpServletRequestBuilder provinceForm(String code, String name, String areaName, String areas) {
        return post("/admin/councils").with(ADMIN).with(csrf())
                .param("code", code).param("name", name).param("areaName", areaName).param("areas", areas);
    }

    private static MockHttpServletRequestBuilder areaForm(String provinceCode, String line) {
        return post("/admin/councils/areas").with(ADMIN).with(csrf())
                .param("provinceCode", provinceCode).param("line", line);
    }
}

package id.kriya.council;

import static id.kriya.council.CouncilMother.INDONESIAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import id.kriya.KriyaWebTest;
import id.kriya.account.AccountManagement;
import id.kriya.account.Role;
import id.kriya.council.CouncilManagement.Appointment;
import id.kriya.council.CouncilManagement.NewArea;
import id.kriya.council.CouncilManagement.NewProvince;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

@KriyaWebTest
class CouncilManagementTests {

    static final List<String> BALI_AREAS = List.of("51.01", "51.02", "51.03", "51.04", "51.05", "51.06", "51.07",
            "51.08", "51.71");

    @Autowired
    CouncilManagement councils;

    @Autowired
    AccountManagement accounts;

    @Autowired
    UserDetailsService users;

    CouncilMother mother;

    @BeforeEach
    void setUp() {
        mother = new CouncilMother(councils, accounts, users);
    }

    @Test
    void provinceOfficerCoversBaliAndAllNineAreas() {
        OfficerView officer = mother.officerOf("51", "Ketua");

        Jurisdiction jurisdiction = councils.jurisdictionOf(officer.userId()).orElseThrow();

        assertThat(jurisdiction.council().code()).isEqualTo("51");
        assertThat(jurisdiction.regionCodes()).contains("51").containsAll(BALI_AREAS).hasSize(10);
        assertThat(jurisdiction.covers("51.71")).isTrue();
    }

    @Test
    void gianyarOfficerCoversOnlyGianyar() {
        OfficerView officer = mother.officerOf("51.04", "Staf Pembinaan");

        Jurisdiction jurisdiction = councils.jurisdictionOf(officer.userId()).orElseThrow();

        assertThat(jurisdiction.regionCodes()).containsExactly("51.04");
        assertThat(jurisdiction.covers("51")).isFalse();
        assertThat(jurisdiction.covers("51.05")).isFalse();
    }

    @Test
    void someoneWhoIsNoOfficerHasNoJurisdiction() {
        assertThat(councils.jurisdictionOf(mother.person("Pembeli"))).isEmpty();
    }

    @Test
    void addsProvinceWithItsAreasAndTheirJurisdiction() {
        mother.province("40");

        assertThat(councils.areasOf("40")).extracting(CouncilView::code).containsExactly("40.01", "40.71");
        assertThat(councils.find("40.71").orElseThrow().parentCode()).isEqualTo("40");
        assertThat(councils.regionCodesUnder("40")).containsExactlyInAnyOrder("40", "40.01", "40.71");
    }

    @Test
    void anAddedAreaIsNamedAndListedAtOnceThoughAreasAreKept() {
        assertThat(councils.areaNames()).containsKeys(BALI_AREAS.toArray(String[]::new)).doesNotContainKey("87.01");

        councils.addProvince(new NewProvince("87", "Dekranasda Provinsi Simpan", "Simpan", List.of(
                new NewArea("87.01", "Dekranasda Kabupaten Simpan", "Simpan Satu", CouncilKind.REGENCY))));

        assertThat(councils.areaNames()).containsEntry("87.01", "Simpan Satu").containsEntry("51.04", "Gianyar");
        assertThat(councils.allAreas()).filteredOn(area -> area.code().equals("87.01"))
                .extracting(CouncilView::parentCode).containsExactly("87");
    }

    @Test
    void aProvinceThatFailsLeavesNoAreaBehindInTheNames() {
        councils.areaNames();
        NewProvince province = new NewProvince("88", "Dekranasda Provinsi Gagal", "Gagal", List.of(
                new NewArea("88.01", "Dekranasda Kabupaten Satu", "Satu", CouncilKind.REGENCY),
                new NewArea("89.01", "Dekranasda Kabupaten Lain", "Lain", CouncilKind.REGENCY)));

        assertThatIllegalArgumentException().isThrownBy(() -> councils.addProvince(province));
        assertThat(councils.areaNames()).doesNotContainKeys("88.01", "89.01");
    }

    @Test
    void addsNothingWhenOneAreaIsTaken() {
        NewProvince province = new NewProvince("41", "Dekranasda Provinsi Uji", "Uji", List.of(
                new NewArea("41.01", "Dekranasda Kabupaten Satu", "Satu", CouncilKind.REGENCY),
                new NewArea("41.01", "Dekranasda Kabupaten Dua", "Dua", CouncilKind.REGENCY)));

        assertThatExceptionOfType(CouncilCodeTakenException.class).isThrownBy(() -> councils.addProvince(province))
                .satisfies(e -> assertThat(e.code()).isEqualTo("41.01"));
        assertThat(councils.find("41")).isEmpty();
        assertThat(councils.find("41.01")).isEmpty();
    }

    @Test
    void addsNothingWhenAnAreaLiesOutsideTheProvince() {
        NewProvince province = new NewProvince("42", "Dekranasda Provinsi Uji", "Uji", List.of(
                new NewArea("42.01", "Dekranasda Kabupaten Satu", "Satu", CouncilKind.REGENCY),
                new NewArea("43.01", "Dekranasda Kabupaten Lain", "Lain", CouncilKind.REGENCY)));

        assertThatIllegalArgumentException().isThrownBy(() -> councils.addProvince(province));
        assertThat(councils.find("42")).isEmpty();
        assertThat(councils.find("42.01")).isEmpty();
    }

    @Test
    void refusesAProvinceOrAreaThatExists() {
        assertThatExceptionOfType(CouncilCodeTakenException.class).isThrownBy(() -> councils.addProvince(
                new NewProvince("51", "Dekranasda Provinsi Bali Lagi", "Bali", List.of())));
        assertThatExceptionOfType(CouncilCodeTakenException.class).isThrownBy(() -> councils.addArea("51",
                new NewArea("51.04", "Dekranasda Kabupaten Gianyar", "Gianyar", CouncilKind.REGENCY)));
        assertThat(councils.areasOf("51")).hasSize(9);
    }

    @Test
    void appointsInvitedPersonWithOfficerRole() {
        String email = CouncilMother.uniqueEmail();
        long gianyar = councils.find("51.04").orElseThrow().id();

        OfficerView officer = councils.appoint(new Appointment(email, "Ni Made Sari", gianyar, "Staf Pembinaan", INDONESIAN));

        assertThat(officer.displayName()).isEqualTo("Ni Made Sari");
        assertThat(officer.council().code()).isEqualTo("51.04");
        assertThat(accounts.findByEmail(email).orElseThrow().roles()).contains(Role.OFFICER);
        assertThat(councils.officersOf("51.04")).extracting(OfficerView::email).contains(email);
    }

    @Test
    void refusesToAppointAnOfficerTwice() {
        OfficerView officer = mother.officerOf("51.02", "Ketua");
        long badung = councils.find("51.03").orElseThrow().id();

        assertThatExceptionOfType(AlreadyOfficerException.class)
                .isThrownBy(() -> councils.appoint(new Appointment(officer.email().toUpperCase(), "Lagi", badung, "Staf",
                        INDONESIAN)))
                .satisfies(e -> assertThat(e.councilName()).isEqualTo("Dekranasda Kabupaten Tabanan"));
        assertThat(councils.officerOf(officer.userId()).orElseThrow().council().code()).isEqualTo("51.02");
    }

    @Test
    void appointingToAnUnknownCouncilCreatesNoAccount() {
        String email = CouncilMother.uniqueEmail();

        assertThatExceptionOfType(CouncilNotFoundException.class).isThrownBy(() -> councils.appoint(
                new Appointment(email, "Siapa", -1, "Ketua", INDONESIAN)));
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void movedOfficerSeesTheNewCouncilsAreas() {
        OfficerView officer = mother.officerOf("51.04", "Staf");

        councils.move(officer.userId(), councils.find("51").orElseThrow().id(), "Sekretaris");

        OfficerView moved = councils.officerOf(officer.userId()).orElseThrow();
        assertThat(moved.position()).isEqualTo("Sekretaris");
        assertThat(councils.jurisdictionOf(officer.userId()).orElseThrow().regionCodes()).hasSize(10);
    }

    @Test
    void dismissedOfficerLosesRoleAndJurisdiction() {
        OfficerView officer = mother.officerOf("51.05", "Staf");

        councils.dismiss(officer.userId());

        assertThat(councils.officerOf(officer.userId())).isEmpty();
        assertThat(councils.jurisdictionOf(officer.userId())).isEmpty();
        assertThat(accounts.find(officer.userId()).orElseThrow().roles()).doesNotContain(Role.OFFICER);
        assertThatExceptionOfType(OfficerNotFoundException.class).isThrownBy(() -> councils.dismiss(officer.userId()));
    }

    @Test
    void listsEveryOfficerOfACouncilWithTheirNameAndEmail() {
        mother.province("45");
        OfficerView chair = mother.officerOf("45.01", "Ketua");
        OfficerView staff = mother.officerOf("45.01", "Staf");

        assertThat(councils.officersOf("45.01"))
                .extracting(OfficerView::userId, OfficerView::displayName, OfficerView::email, OfficerView::position)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(chair.userId(), "Petugas 45.01", chair.email(), "Ketua"),
                        org.assertj.core.groups.Tuple.tuple(staff.userId(), "Petugas 45.01", staff.email(), "Staf"));
        assertThat(councils.officers()).filteredOn(officer -> officer.council().code().equals("45.01"))
                .extracting(OfficerView::email)
                .containsExactlyInAnyOrder(chair.email(), staff.email())
                .doesNotContain("");
    }

    @Test
    void countsOfficersPerCouncil() {
        mother.province("44");
        mother.officerOf("44.01", "Ketua");
        mother.officerOf("44.01", "Staf");

        assertThat(councils.officerCounts()).containsEntry("44.01", 2L).doesNotContainKey("44.71");
    }
}

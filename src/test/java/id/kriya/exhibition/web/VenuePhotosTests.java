package id.kriya.exhibition.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.ArtisanMother;
import id.kriya.artisan.TestPeople;
import id.kriya.exhibition.ExhibitionDetails;
import id.kriya.exhibition.ExhibitionManagement;
import id.kriya.exhibition.ExhibitionMode;
import id.kriya.exhibition.ExhibitionView;
import id.kriya.exhibition.StageDetails;
import id.kriya.exhibition.VenueDetails;
import id.kriya.exhibition.booth.BoothZone;
import id.kriya.media.TestImages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@KriyaWebTest
class VenuePhotosTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople people;

    @Autowired
    ExhibitionManagement exhibitions;

    static MockMultipartFile jpeg(String name) {
        return new MockMultipartFile("photos", name, "image/jpeg", TestImages.jpeg(TestImages.sharp(1200, 900)));
    }

    long venue(KriyaUser officer) {
        return exhibitions.addVenue(officer.id(), new VenueDetails("Gedung " + ArtisanMother.token(), "Jl. Nusa Indah",
                "51.71"), "K-01;3x3 m;CRAFT;1;1");
    }

    @Test
    void officerAddsPhotosThatTheExhibitionPageShowsAndRemovesOne() throws Exception {
        KriyaUser officer = people.officerOf("51.71");
        long venue = venue(officer);

        mvc.perform(multipart("/officer/venues/{id}/photos", venue).file(jpeg("hall.jpg")).file(jpeg("stage.jpg"))
                        .with(user(officer)).with(csrf()))
                .andExpect(redirectedUrl("/officer/venues/" + venue));

        var photos = exhibitions.venueOf(officer.id(), venue).photoIds();
        assertThat(photos).hasSize(2);
        ExhibitionView exhibition = exhibitions.addExhibition(officer.id(),
                new ExhibitionDetails("Pameran " + ArtisanMother.token(), "Cerita.", "51.71", ExhibitionMode.OFFLINE));
        LocalDate start = exhibitions.today().plusYears(7);
        exhibitions.addStage(officer.id(), exhibition.id(), new StageDetails(1, "Tahap I", start, start.plusDays(2),
                venue, Map.of(BoothZone.CRAFT, 1)));
        Document page = Jsoup.parse(mvc.perform(get("/exhibitions/{slug}", exhibition.slug()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select(".venue-photos img").eachAttr("src")).satisfiesExactly(
                src -> assertThat(src).contains(photos.get(0).value().toString()),
                src -> assertThat(src).contains(photos.get(1).value().toString()));

        mvc.perform(post("/officer/venues/{id}/photos/{photo}/remove", venue, photos.get(0).value())
                        .with(user(officer)).with(csrf()))
                .andExpect(redirectedUrl("/officer/venues/" + venue));
        assertThat(exhibitions.venueOf(officer.id(), venue).photoIds()).containsExactly(photos.get(1));
    }

    @Test
    void aFileThatIsNotAPhotoIsRefusedBesideTheFieldAndNothingIsKept() throws Exception {
        KriyaUser officer = people.officerOf("51.71");
        long venue = venue(officer);
        MockMultipartFile text = new MockMultipartFile("photos", "denah.jpg", "image/jpeg",
                "bukan foto".getBytes(StandardCharsets.UTF_8));

        Document page = Jsoup.parse(mvc.perform(multipart("/officer/venues/{id}/photos", venue).file(jpeg("hall.jpg"))
                        .file(text).with(user(officer)).with(csrf()).param("lang", "id"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select("#photos-error").text()).isNotBlank();
        assertThat(exhibitions.venueOf(officer.id(), venue).photoIds()).isEmpty();
    }

    @Test
    void aVenueKeepsAtMostSixPhotos() throws Exception {
        KriyaUser officer = people.officerOf("51.71");
        long venue = venue(officer);
        var upload = multipart("/officer/venues/{id}/photos", venue).with(user(officer)).with(csrf());
        for (int i = 0; i < 7; i++) {
            upload.file(jpeg("foto-" + i + ".jpg"));
        }

        Document page = Jsoup.parse(mvc.perform(upload.param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select("#photos-error").text()).isEqualTo("A venue has at most 6 photos; there is room for 6 more.");
        assertThat(exhibitions.venueOf(officer.id(), venue).photoIds()).isEmpty();
    }

    @Test
    void anOfficerOutsideTheVenuesAreaCannotAddOrRemovePhotos() throws Exception {
        KriyaUser denpasar = people.officerOf("51.71");
        long venue = venue(denpasar);
        mvc.perform(multipart("/officer/venues/{id}/photos", venue).file(jpeg("hall.jpg"))
                .with(user(denpasar)).with(csrf()));
        var photo = exhibitions.venueOf(denpasar.id(), venue).photoIds().get(0);
        KriyaUser gianyar = people.officerOf("51.04");

        mvc.perform(multipart("/officer/venues/{id}/photos", venue).file(jpeg("lain.jpg")).with(user(gianyar)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/officer/venues/{id}/photos/{photo}/remove", venue, photo.value()).with(user(gianyar)).with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(exhibitions.venueOf(denpasar.id(), venue).photoIds()).containsExactly(photo);
    }
}

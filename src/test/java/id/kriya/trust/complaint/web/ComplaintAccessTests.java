package id.kriya.trust.complaint.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.TestArtisans;
import id.kriya.trust.complaint.ComplaintThreads;
import id.kriya.trust.complaint.TestComplaints;
import id.kriya.trust.complaint.TestComplaints.Sale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who sees a complaint, one rule at a time: its buyer, the people of the business complained of (owner and
 * staff), the officers of the artisan's regency and of its province. Nobody else: not another buyer, another shop,
 * an officer of another regency, a visitor. The thread's photos follow the same rule and are never cached.
 */
@KriyaWebTest
class ComplaintAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestComplaints complaints;

    @Autowired
    TestPeople people;

    @Autowired
    TestArtisans artisans;

    @Autowired
    ComplaintThreads threads;

    @Test
    void theThreadAndItsPhotosAreForItsPartiesAlone() throws Exception {
        Sale sale = complaints.arrivedInGianyar();
        String number = complaints.notAsPictured(sale);
        String photo = "/complaints/" + number + "/photos/"
                + threads.read(sale.buyer().id(), number).complaint().entries().get(0).photos().get(0) + ".jpg";
        KriyaUser staff = artisans.staffOf(sale.artisan());

        for (KriyaUser party : new KriyaUser[] {sale.buyer(), sale.artisan().user(), staff,
                people.officerOf(TestComplaints.GIANYAR), people.officerOf("51")}) {
            mvc.perform(get("/complaints/" + number).with(user(party)))
                    .andExpect(status().isOk()).andExpect(content().string(containsString(TestComplaints.STORY)));
            mvc.perform(get(photo).with(user(party))).andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", containsString("no-store")));
        }
        for (KriyaUser outsider : new KriyaUser[] {people.buyer(), complaints.arrivedInGianyar().artisan().user(),
                people.officerOf("51.71")}) {
            mvc.perform(get("/complaints/" + number).with(user(outsider))).andExpect(status().isNotFound());
            mvc.perform(get(photo).with(user(outsider))).andExpect(status().isNotFound());
        }
        mvc.perform(get(photo)).andExpect(status().isNotFound());
    }

    @Test
    void eachSeesTheFormsOfTheirOwnTurnOnly() throws Exception {
        Sale sale = complaints.arrivedInGianyar();
        String number = complaints.notAsPictured(sale);

        mvc.perform(get("/complaints/" + number).with(user(sale.buyer())))
                .andExpect(content().string(not(containsString("/answer"))))
                .andExpect(content().string(containsString("/withdraw")));
        mvc.perform(get("/complaints/" + number).with(user(sale.artisan().user())))
                .andExpect(content().string(containsString("/my/complaints/" + number + "/answer")))
                .andExpect(content().string(not(containsString("/withdraw"))));
        mvc.perform(get("/complaints/" + number).with(user(people.officerOf(TestComplaints.GIANYAR))))
                .andExpect(content().string(not(containsString("/answer"))))
                .andExpect(content().string(not(containsString("/decide"))));
        mvc.perform(get("/my/complaints").with(user(sale.artisan().user())))
                .andExpect(content().string(containsString(number)));
        mvc.perform(get("/complaints").with(user(sale.buyer()))).andExpect(content().string(containsString(number)));
        mvc.perform(get("/my/complaints").with(user(complaints.arrivedInGianyar().artisan().user())))
                .andExpect(content().string(not(containsString(number))));
    }

    @Test
    void aGuestsOrderProvenWithItsKeyJoinsTheSignedInBuyerWhoComplains() throws Exception {
        Sale sale = complaints.arrivedForGuest(TestComplaints.GIANYAR);
        String key = sale.order().checkoutId().toString();
        String form = "/orders/" + sale.number() + "/complaint";

        mvc.perform(get(form).with(user(sale.buyer()))).andExpect(status().isNotFound());
        mvc.perform(get(form).param("key", key).with(user(sale.buyer()))).andExpect(status().isOk());
        mvc.perform(multipart(form)
                        .file(new MockMultipartFile("photos", "kain.jpg", "image/jpeg", TestComplaints.jpeg()))
                        .param("key", key).param("reason", "DAMAGED").param("asked", "REPLACEMENT")
                        .param("text", TestComplaints.STORY).with(user(sale.buyer()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        String number = complaints.order(sale).complaintNumber();
        mvc.perform(get("/complaints/" + number).with(user(sale.buyer()))).andExpect(status().isOk());
        mvc.perform(get("/orders/" + sale.number()).with(user(sale.buyer()))).andExpect(status().isOk());
        mvc.perform(get("/orders").with(user(sale.buyer()))).andExpect(content().string(containsString(sale.number())));
    }
}

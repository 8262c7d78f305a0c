package id.kriya.artisan.web;

import static id.kriya.artisan.ArtisanMother.aBusiness;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.ArtisanMother;
import id.kriya.artisan.TestPeople;
import id.kriya.artisan.certification.CertificationType;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** List pages cost the same number of queries whether they show two rows or eight: no query per row. */
@KriyaWebTest
class ListQueryCountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPeople people;

    @Autowired
    ArtisanManagement artisans;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void officerListAndExportDoNotQueryPerRow() throws Exception {
        KriyaUser officer = people.officerOf("51.08");
        String few = businesses(2);
        String many = businesses(8);

        for (String path : new String[] {"/officer/members", "/officer/members.csv"}) {
            long forFew = statements(() -> mvc.perform(get(path).param("q", few).with(user(officer))).andExpect(status().isOk()));
            long forMany = statements(() -> mvc.perform(get(path).param("q", many).with(user(officer))).andExpect(status().isOk()));
            assertThat(forFew).as(path).isPositive();
            assertThat(forMany).as(path).isEqualTo(forFew);
        }
    }

    private String businesses(int count) {
        String token = ArtisanMother.token();
        for (int i = 0; i < count; i++) {
            artisans.register(people.buyer().id(), aBusiness().in("51.08").inVillage("Lovina " + token)
                    .certified(CertificationType.HAKI, "IDM000" + i).details());
        }
        return token;
    }

    /** Statements of the request's second run: the first fills what is kept between requests (council areas). */
    private long statements(Request request) throws Exception {
        request.run();
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            request.run();
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    interface Request {
        void run() throws Exception;
    }
}

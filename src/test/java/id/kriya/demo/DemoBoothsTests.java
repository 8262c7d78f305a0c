package id.kriya.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.kriya.KriyaWebTest;
import id.kriya.account.AccountManagement;
import id.kriya.catalog.TestArtisans;
import id.kriya.exhibition.BoothAssignment;
import id.kriya.exhibition.BoothsAssigned;
import id.kriya.exhibition.ExhibitionManagement;
import id.kriya.exhibition.ExhibitorRoster;
import id.kriya.exhibition.TestBooths.Setup;
import id.kriya.exhibition.TestBooths;
import id.kriya.exhibition.booth.BoothZone;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@KriyaWebTest
class DemoBoothsTests {

    @Autowired
    AccountManagement accounts;

    @Autowired
    ExhibitionManagement exhibitions;

    @Autowired
    ExhibitorRoster roster;

    @Autowired
    BoothAssignment booths;

    @Autowired
    TestBooths stages;

    @Autowired
    TestArtisans artisans;

    @Test
    void drawsTheBoothsOfAStageWithExhibitorsAndLeavesAnEmptyOneAlone() {
        DemoBooths demo = new DemoBooths(accounts, exhibitions, roster, booths);
        Setup empty = stages.stage(2, 1);
        assertThat(demo.assign(empty.officer().id(), empty.stageId())).isNull();

        Setup setup = stages.stage(2, 1);
        long weaver = roster.admit(setup.stageId(), artisans.verified("51.04").businessId(), BoothZone.CRAFT, List.of()).id();
        BoothsAssigned result = demo.assign(setup.officer().id(), setup.stageId());

        assertThat(result.placed()).containsOnlyKeys(weaver);
        assertThat(roster.exhibitorsOf(setup.stageId()).get(0).boothCode()).isIn("K-01", "K-02");
    }
}

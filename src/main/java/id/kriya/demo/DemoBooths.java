package id.kriya.demo;

import id.kriya.account.AccountManagement;
import id.kriya.exhibition.BoothAssignment;
import id.kriya.exhibition.ExhibitionManagement;
import id.kriya.exhibition.ExhibitionView;
import id.kriya.exhibition.ExhibitorRoster;
import id.kriya.exhibition.BoothsAssigned;
import org.springframework.stereotype.Component;

/**
 * Booths for a demo stage, drawn as the province's officer would press "assign automatically" once curation has
 * filled the stage's roster. Nothing happens to a stage without exhibitors, or without a venue.
 */
@Component
class DemoBooths {

    static final String OFFICER = "officer.bali" + DemoData.DOMAIN;

    private final AccountManagement accounts;
    private final ExhibitionManagement exhibitions;
    private final ExhibitorRoster roster;
    private final BoothAssignment booths;

    DemoBooths(AccountManagement accounts, ExhibitionManagement exhibitions, ExhibitorRoster roster,
               BoothAssignment booths) {
        this.accounts = accounts;
        this.exhibitions = exhibitions;
        this.roster = roster;
        this.booths = booths;
    }

    /** Draws the booths of this stage; returns who was placed and who is left without, or null when it cannot. */
    BoothsAssigned assign(long stageId) {
        return accounts.findByEmail(OFFICER).map(officer -> assign(officer.id(), stageId)).orElse(null);
    }

    BoothsAssigned assign(long officerId, long stageId) {
        if (roster.exhibitorsOf(stageId).isEmpty()) {
            return null;
        }
        for (ExhibitionView exhibition : exhibitions.exhibitionsOf(officerId)) {
            boolean atVenue = exhibition.stages().stream()
                    .anyMatch(stage -> stage.id() == stageId && stage.venue() != null);
            if (atVenue) {
                return booths.assignAutomatically(officerId, exhibition.id(), stageId);
            }
        }
        return null;
    }
}

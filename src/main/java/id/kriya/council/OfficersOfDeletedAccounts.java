package id.kriya.council;

import id.kriya.account.AccountDeleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A person who deleted their account no longer works for a council. */
@Component
class OfficersOfDeletedAccounts {

    private final Officers officers;

    OfficersOfDeletedAccounts(Officers officers) {
        this.officers = officers;
    }

    @ApplicationModuleListener
    void on(AccountDeleted deleted) {
        officers.findByUserId(deleted.userId()).ifPresent(officers::delete);
    }
}

package id.kriya.payment;

import java.util.LinkedHashMap;
import java.util.Map;

import id.kriya.account.PersonalDataContributor;
import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.BusinessRemoved;
import id.kriya.artisan.Membership;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payment settings of the business a person owns (the account holder's name is theirs) for their data download,
 * and their erasure when the business leaves the registry. The ledger stays: it is the record of money that moved,
 * and holds no names.
 */
@Component
class PaymentPersonalData implements PersonalDataContributor {

    private final PayoutSettingsRepository settings;
    private final ArtisanManagement artisans;

    PaymentPersonalData(PayoutSettingsRepository settings, ArtisanManagement artisans) {
        this.settings = settings;
        this.artisans = artisans;
    }

    @Override
    public String section() {
        return "payment";
    }

    @Override
    @Transactional(readOnly = true)
    public Object personalDataOf(long userId) {
        return artisans.membershipOf(userId).filter(Membership::isOwner)
                .flatMap(membership -> settings.findById(membership.business().id()))
                .map(found -> {
                    Map<String, Object> data = new LinkedHashMap<>();
                    found.qrisMerchant().ifPresent(qris -> data.put("qris", qris));
                    found.bankAccount().ifPresent(account -> data.put("bankAccount", account));
                    return data.isEmpty() ? null : data;
                })
                .orElse(null);
    }

    @ApplicationModuleListener
    void on(BusinessRemoved removed) {
        settings.findById(removed.businessId()).ifPresent(settings::delete);
    }
}

package id.kriya.payment;

import java.io.InputStream;
import java.time.Clock;

import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.BusinessStatus;
import id.kriya.artisan.Membership;
import id.kriya.payment.qris.QrisException;
import id.kriya.payment.qris.QrisPayload;
import id.kriya.payment.qris.QrisPhotos;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An artisan's own payment settings: reading and checking a static QRIS (pasted or photographed) for the artisan to
 * confirm, then keeping it, and the bank account for transfers. Anyone of the business sees them; only the owner
 * of a verified business changes them, whatever a form says.
 */
@Service
@Transactional
@NamedInterface("api")
public class PaymentSettings {

    /** The largest photo of a QRIS sticker Kriya reads, as phones take them. */
    public static final int PHOTO_MAX_MEGABYTES = QrisPhotos.MAX_MEGABYTES;
    public static final int PHOTO_MAX_MEGAPIXELS = QrisPhotos.MAX_MEGAPIXELS;

    private final PayoutSettingsRepository settings;
    private final ArtisanManagement artisans;
    private final QrisPhotos photos;
    private final Clock clock;

    PaymentSettings(PayoutSettingsRepository settings, ArtisanManagement artisans, QrisPhotos photos, Clock clock) {
        this.settings = settings;
        this.artisans = artisans;
        this.photos = photos;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PaymentSetup of(long businessId) {
        return settings.findById(businessId)
                .map(found -> new PaymentSetup(found.qrisMerchant().orElse(null), found.bank(),
                        found.bankAccountNumber(), found.bankAccountHolder(), found.abroad()))
                .orElse(PaymentSetup.NONE);
    }

    /**
     * Checks a pasted QRIS: a valid payload, and a static one (a sticker's), not one made for a single amount.
     *
     * @throws QrisException naming what is wrong
     */
    @Transactional(readOnly = true)
    public CheckedQris check(String text) {
        QrisPayload payload = QrisPayload.parse(text);
        if (payload.isDynamic()) {
            throw new QrisException("payment.qris.error.dynamic");
        }
        return new CheckedQris(payload.text(), new QrisMerchant(payload.merchantName(), payload.merchantCity(),
                payload.nationalMerchantId().orElse(null)));
    }

    /**
     * Reads the QR code off a photo of the sticker and checks it as {@link #check(String)} does.
     *
     * @throws QrisException when the photo is not one Kriya reads, holds no readable code, or the code is no QRIS
     */
    @Transactional(readOnly = true)
    public CheckedQris checkPhoto(InputStream photo) {
        return check(photos.read(photo));
    }

    /** Keeps this static QRIS (checked again: the confirmation form came back from the browser) as the sticker. */
    public QrisMerchant useQris(long userId, String text) {
        PayoutSettings mine = ownSettings(userId);
        QrisPayload payload = QrisPayload.parse(check(text).payload());
        mine.useQris(payload, userId, clock.instant());
        settings.save(mine);
        return mine.qrisMerchant().orElseThrow();
    }

    public void removeQris(long userId) {
        PayoutSettings mine = ownSettings(userId);
        mine.removeQris(userId, clock.instant());
        settings.save(mine);
    }

    public void useBankAccount(long userId, Bank bank, String number, String holder) {
        useBankAccount(userId, bank, number, holder, null);
    }

    /** The account, with what a bank abroad needs to send to it ({@code abroad} null when not given). */
    public void useBankAccount(long userId, Bank bank, String number, String holder, ForeignTransfer abroad) {
        PayoutSettings mine = ownSettings(userId);
        mine.useBankAccount(bank, number, holder, abroad, userId, clock.instant());
        settings.save(mine);
    }

    public void removeBankAccount(long userId) {
        PayoutSettings mine = ownSettings(userId);
        mine.removeBankAccount(userId, clock.instant());
        settings.save(mine);
    }

    /**
     * The person's membership when they own a verified business, the only one who changes its payment settings.
     *
     * @throws PaymentRuleException for anyone else (no business, one not verified yet, staff), before anything is read
     */
    @Transactional(readOnly = true)
    public Membership owner(long userId) {
        Membership membership = artisans.membershipOf(userId)
                .orElseThrow(() -> new PaymentRuleException("payment.settings.noBusiness"));
        if (membership.business().status() != BusinessStatus.VERIFIED) {
            throw new PaymentRuleException("payment.settings.notVerified");
        }
        if (!membership.isOwner()) {
            throw new PaymentRuleException("payment.settings.ownerOnly");
        }
        return membership;
    }

    private PayoutSettings ownSettings(long userId) {
        long businessId = owner(userId).business().id();
        return settings.findById(businessId).orElseGet(() -> new PayoutSettings(businessId));
    }
}

package id.kriya.artisan.web;

import java.time.Clock;
import java.time.Year;

import id.kriya.artisan.ArtisanManagement;
import id.kriya.artisan.identifiers.Nib;
import id.kriya.artisan.identifiers.WhatsAppNumbers;
import id.kriya.council.CouncilManagement;
import id.kriya.shared.Bali;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/** The checks on a business form that annotations cannot make; each lands beside its field. */
@Component
class BusinessFormValidator {

    /** Bali keeps Bali.ZONE time: the new year starts there eight hours before UTC's. */

    private final CouncilManagement councils;
    private final ArtisanManagement artisans;
    private final Clock clock;

    BusinessFormValidator(CouncilManagement councils, ArtisanManagement artisans, Clock clock) {
        this.councils = councils;
        this.artisans = artisans;
        this.clock = clock;
    }

    /** {@code businessId} is the business being edited, null for a new one. */
    void validate(BusinessForm form, BindingResult errors, Long businessId) {
        if (!errors.hasFieldErrors("whatsApp") && WhatsAppNumbers.normalise(form.getWhatsApp()).isEmpty()) {
            errors.rejectValue("whatsApp", "artisan.whatsApp.invalid");
        }
        if (!errors.hasFieldErrors("regionCode") && !councils.isArea(form.getRegionCode())) {
            errors.rejectValue("regionCode", "artisan.regionCode.invalid");
        }
        if (!errors.hasFieldErrors("nib") && form.nibOrNull() != null) {
            String nib = form.nibOrNull();
            if (!Nib.isValid(nib)) {
                errors.rejectValue("nib", "artisan.nib.invalid");
            } else if (artisans.isNibTaken(nib, businessId)) {
                errors.rejectValue("nib", "artisan.nib.taken");
            }
        }
        if (!errors.hasFieldErrors("foundedYear") && form.getFoundedYear() != null && form.getFoundedYear() > Year.now(clock.withZone(Bali.ZONE)).getValue()) {
            errors.rejectValue("foundedYear", "artisan.foundedYear.future");
        }
        requireNumber(errors, form.isHalal(), form.getHalalNumber(), "halalNumber");
        requireNumber(errors, form.isSni(), form.getSniNumber(), "sniNumber");
        requireNumber(errors, form.isHaki(), form.getHakiNumber(), "hakiNumber");
        requireNumber(errors, form.isGeographicalIndication(), form.getGeographicalIndicationNumber(),
                "geographicalIndicationNumber");
    }

    private static void requireNumber(BindingResult errors, boolean ticked, String number, String field) {
        if (ticked && !errors.hasFieldErrors(field) && (number == null || number.isBlank())) {
            errors.rejectValue(field, "artisan.certification.numberRequired");
        }
    }
}

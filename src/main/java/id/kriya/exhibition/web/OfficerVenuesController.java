package id.kriya.exhibition.web;

import java.util.List;

import id.kriya.account.KriyaUser;
import id.kriya.exhibition.ExhibitionManagement;
import id.kriya.exhibition.ExhibitionNotFoundException;
import id.kriya.exhibition.ExhibitionRuleException;
import id.kriya.exhibition.VenueView;
import id.kriya.exhibition.booth.BoothLines;
import id.kriya.exhibition.booth.BoothPlanException;
import id.kriya.media.PhotoFile;
import id.kriya.media.PhotoId;
import id.kriya.media.PhotoRejectedException;
import jakarta.validation.Valid;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Venues with their booth plans and photos, for officers of the venue's area. */
@Controller
class OfficerVenuesController {

    static final String LIST_VIEW = "exhibition/officer-venues";
    static final String FORM_VIEW = "exhibition/venue-form";

    private final ExhibitionManagement exhibitions;
    private final VenuePhotos photos;

    OfficerVenuesController(ExhibitionManagement exhibitions, VenuePhotos photos) {
        this.exhibitions = exhibitions;
        this.photos = photos;
    }

    @GetMapping("/officer/venues")
    String list(@AuthenticationPrincipal KriyaUser me, Model model) {
        model.addAttribute("venues", exhibitions.venuesOf(me.id()));
        return LIST_VIEW;
    }

    @GetMapping("/officer/venues/new")
    String newForm(Model model) {
        model.addAttribute("venueForm", new VenueForm());
        return FORM_VIEW;
    }

    @PostMapping("/officer/venues/new")
    String add(@AuthenticationPrincipal KriyaUser me, @Valid @ModelAttribute("venueForm") VenueForm form,
               BindingResult errors, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                exhibitions.addVenue(me.id(), form.details(), form.getBooths());
                redirect.addFlashAttribute("flash", "exhibition.venue.saved");
                return "redirect:/officer/venues";
            } catch (BoothPlanException e) {
                reject(e, errors);
            } catch (ExhibitionRuleException e) {
                errors.rejectValue("regionCode", e.messageKey(), e.arguments(), null);
            }
        }
        return FORM_VIEW;
    }

    @GetMapping("/officer/venues/{id}")
    String editForm(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, Model model) {
        var venue = exhibitions.venueOf(me.id(), id);
        model.addAttribute("venueForm", VenueForm.of(venue));
        return venuePage(venue, new VenuePhotoForm(), model);
    }

    @PostMapping("/officer/venues/{id}/photos")
    String addPhotos(@AuthenticationPrincipal KriyaUser me, @PathVariable long id,
                     @ModelAttribute("photoForm") VenuePhotoForm form, BindingResult errors, Model model,
                     RedirectAttributes redirect) {
        VenueView venue = exhibitions.venueOf(me.id(), id);
        List<PhotoFile> chosen = form.chosen();
        if (chosen.isEmpty()) {
            errors.rejectValue("photos", "exhibition.venue.photos.none");
        } else {
            try {
                photos.upload(me.id(), id, chosen);
                redirect.addFlashAttribute("flash", "exhibition.venue.photos.added");
                return "redirect:/officer/venues/" + id;
            } catch (PhotoRejectedException e) {
                errors.rejectValue("photos", e.messageKey(), e.arguments(), null);
            } catch (ExhibitionRuleException e) {
                errors.rejectValue("photos", e.messageKey(), e.arguments(), null);
            }
        }
        model.addAttribute("venueForm", VenueForm.of(venue));
        return venuePage(venue, form, model);
    }

    @PostMapping("/officer/venues/{id}/photos/{photoId}/remove")
    String removePhoto(@AuthenticationPrincipal KriyaUser me, @PathVariable long id, @PathVariable String photoId,
                       RedirectAttributes redirect) {
        exhibitions.removeVenuePhoto(me.id(), id, PhotoId.parse(photoId).orElseThrow(ExhibitionNotFoundException::new));
        redirect.addFlashAttribute("flash", "exhibition.venue.photos.removed");
        return "redirect:/officer/venues/" + id;
    }

    private String venuePage(VenueView venue, VenuePhotoForm photoForm, Model model) {
        model.addAttribute("venue", venue);
        model.addAttribute("photos", exhibitions.photosOf(venue));
        model.addAttribute("photoForm", photoForm);
        return FORM_VIEW;
    }

    @PostMapping("/officer/venues/{id}")
    String change(@AuthenticationPrincipal KriyaUser me, @PathVariable long id,
                  @Valid @ModelAttribute("venueForm") VenueForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        venuePage(exhibitions.venueOf(me.id(), id), new VenuePhotoForm(), model);
        if (!errors.hasErrors()) {
            try {
                exhibitions.changeVenue(me.id(), id, form.details(), form.getBooths());
                redirect.addFlashAttribute("flash", "exhibition.venue.saved");
                return "redirect:/officer/venues";
            } catch (BoothPlanException e) {
                reject(e, errors);
            } catch (ExhibitionRuleException e) {
                errors.rejectValue(e.messageKey().startsWith("exhibition.booths.") ? "booths" : "regionCode",
                        e.messageKey(), e.arguments(), null);
            }
        }
        return FORM_VIEW;
    }

    /** "Line 3 ("K-03;3x3 m;CRFT;1;3"): the zone must be one of …": each bad line's number and text, then what is wrong. */
    private static void reject(BoothPlanException plan, BindingResult errors) {
        for (BoothLines.Line line : plan.badLines()) {
            errors.rejectValue("booths", "exhibition.lines.error", new Object[] {line.number(), line.text(),
                    new DefaultMessageSourceResolvable("exhibition.booth." + line.problem())}, null);
        }
    }
}

package id.kriya.trust.complaint.web;

import java.util.List;
import java.util.function.Consumer;

import id.kriya.media.PhotoFile;
import id.kriya.media.PhotoRejectedException;
import id.kriya.media.PrivatePhotoId;
import id.kriya.media.PrivatePhotos;
import id.kriya.shared.RuleException;
import id.kriya.shipping.Courier;
import id.kriya.trust.Remedy;
import id.kriya.trust.complaint.ComplaintThreads;
import id.kriya.trust.complaint.web.ComplaintForms.AnswerForm;
import id.kriya.trust.complaint.web.ComplaintForms.DecisionForm;
import id.kriya.trust.complaint.web.ComplaintForms.MessageForm;
import id.kriya.trust.complaint.web.ComplaintForms.ShipmentForm;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every complaint page shares: the thread page with each party's forms (a form that failed keeps its words
 * and errors), uploading a form's photos for a step (all kept, or none when the step is refused), and a rule the
 * complaint refused shown beside the field it concerns.
 */
@Component
class ThreadPage {

    static final String VIEW = "trust/complaint/thread";
    static final int MAX_PHOTOS = 5;

    private final ComplaintThreads threads;
    private final PrivatePhotos photos;

    ThreadPage(ComplaintThreads threads, PrivatePhotos photos) {
        this.threads = threads;
        this.photos = photos;
    }

    /** The thread as this person sees it, with their forms; those already in the model (with errors) are kept. */
    String show(long userId, String number, Model model) {
        model.addAttribute("thread", threads.read(userId, number));
        addIfAbsent(model, "messageForm", new MessageForm());
        addIfAbsent(model, "answerForm", new AnswerForm());
        addIfAbsent(model, "decisionForm", new DecisionForm());
        addIfAbsent(model, "returnForm", new ShipmentForm());
        addIfAbsent(model, "replacementForm", new ShipmentForm());
        addIfAbsent(model, "refundForm", new MessageForm());
        model.addAttribute("couriers", Courier.values());
        model.addAttribute("remedies", List.of(Remedy.FULL_REFUND, Remedy.PARTIAL_REFUND, Remedy.RETURN_AND_REFUND,
                Remedy.REPLACEMENT));
        model.addAttribute("decisions", Remedy.values());
        model.addAttribute("answers", AnswerForm.Answer.values());
        return VIEW;
    }

    /**
     * Stores the chosen photos (at most five) and runs the step with them; true when it was done. A refused photo
     * or rule comes back on {@code errors} and leaves nothing behind.
     */
    boolean withPhotos(long userId, List<MultipartFile> files, Errors errors, Consumer<List<PrivatePhotoId>> step) {
        List<PhotoFile> chosen = PhotoFile.chosen(files);
        if (chosen.size() > MAX_PHOTOS) {
            errors.rejectValue("photos", "complaint.photos.tooMany");
            return false;
        }
        try {
            photos.uploadAll(userId, chosen, step);
            return true;
        } catch (PhotoRejectedException e) {
            errors.rejectValue("photos", e.messageKey(), e.arguments(), null);
        } catch (RuleException e) {
            refused(errors, e);
        }
        return false;
    }

    /** Runs a step without photos; true when done, the rule it broke on {@code errors} otherwise. */
    static boolean step(Errors errors, Runnable step) {
        try {
            step.run();
            return true;
        } catch (RuleException e) {
            refused(errors, e);
            return false;
        }
    }

    /** A rule the complaint (or its order) refused, beside the field it concerns when the form has it. */
    static void refused(Errors errors, RuleException e) {
        String field = fieldOf(e.messageKey());
        if ("remedy".equals(field) && !hasField(errors, field)) {
            field = "asked";
        }
        if (field != null && hasField(errors, field)) {
            errors.rejectValue(field, e.messageKey(), e.arguments(), null);
        } else {
            errors.reject(e.messageKey(), e.arguments(), null);
        }
    }

    private static boolean hasField(Errors errors, String field) {
        return errors instanceof BindingResult result && result.getFieldType(field) != null;
    }

    private static String fieldOf(String key) {
        if (key.startsWith("complaint.text.") || key.startsWith("complaint.message.")) {
            return "text";
        }
        if (key.startsWith("complaint.photos.") || key.equals("complaint.reject.evidence")
                || key.equals("complaint.refund.proof")) {
            return "photos";
        }
        if (key.startsWith("complaint.amount.")) {
            return "amount";
        }
        if (key.startsWith("complaint.remedy.") || key.startsWith("complaint.offer.")) {
            return "remedy";
        }
        if (key.startsWith("complaint.reason.")) {
            return "reason";
        }
        if (key.startsWith("complaint.courier.") || key.startsWith("shipping.tracking.")) {
            return key.startsWith("complaint.courier.") ? "courier" : "tracking";
        }
        return null;
    }

    static String redirectTo(String number) {
        return "redirect:" + UriComponentsBuilder.fromPath("/complaints/{number}").buildAndExpand(number).encode()
                .toUriString();
    }

    private static void addIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }
}

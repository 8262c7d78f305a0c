package id.kriya.trust.complaint.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.kriya.shipping.Courier;
import id.kriya.trust.ComplaintReason;
import id.kriya.trust.Remedy;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * The forms of complaints. Kinds and amounts arrive as text, so that an unknown kind or a forged amount gets a
 * message beside its field instead of a failed binding; the complaint's own rules (text sizes, evidence, the
 * refund against the order's total) are the domain's, and come back beside the field they concern.
 */
final class ComplaintForms {

    private ComplaintForms() {
    }

    /** A buyer opens a complaint. */
    static class OpenForm extends Written {
        private String reason;
        private String asked;

        ComplaintReason reasonOrNull() {
            return parse(ComplaintReason.class, reason);
        }

        Remedy askedOrNull() {
            Remedy remedy = parse(Remedy.class, asked);
            return remedy == Remedy.NONE ? null : remedy;
        }

        void check(Errors errors) {
            if (reasonOrNull() == null) {
                errors.rejectValue("reason", "complaint.reason.missing");
            }
            if (askedOrNull() == null) {
                errors.rejectValue("asked", "complaint.remedy.missing");
            }
            checkAmount(errors);
        }

        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
        public String getAsked() { return asked; }
        public void setAsked(String asked) { this.asked = asked; }
    }

    /** The artisan answers: accept, offer another remedy, or reject. */
    static class AnswerForm extends Written {
        enum Answer { ACCEPT, OFFER, REJECT }

        private String answer;
        private String remedy;

        Answer answerOrNull() {
            return parse(Answer.class, answer);
        }

        Remedy remedyOrNull() {
            return parse(Remedy.class, remedy);
        }

        void check(Errors errors) {
            if (answerOrNull() == null) {
                errors.rejectValue("answer", "complaint.answer.missing");
            }
            if (answerOrNull() == Answer.OFFER && remedyOrNull() == null) {
                errors.rejectValue("remedy", "complaint.remedy.missing");
            }
            checkAmount(errors);
        }

        public String getAnswer() { return answer; }
        public void setAnswer(String answer) { this.answer = answer; }
        public String getRemedy() { return remedy; }
        public void setRemedy(String remedy) { this.remedy = remedy; }
    }

    /** An officer decides (a form without photos: its photo list stays empty). */
    static class DecisionForm extends Written {
        private String remedy;

        Remedy remedyOrNull() {
            return parse(Remedy.class, remedy);
        }

        void check(Errors errors) {
            if (remedyOrNull() == null) {
                errors.rejectValue("remedy", "complaint.remedy.missing");
            }
            checkAmount(errors);
        }

        public String getRemedy() { return remedy; }
        public void setRemedy(String remedy) { this.remedy = remedy; }
    }

    /** A message in the thread, or a note with a step. */
    static class MessageForm extends WithPhotos {
        private String text;

        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
    }

    /** A text with an amount in rupiah (a partial refund's) and photos. */
    static class Written extends MessageForm {
        private String amount;

        public String getAmount() { return amount; }
        public void setAmount(String amount) { this.amount = amount; }

        Long amountOrNull() {
            return amountOf(amount);
        }

        void checkAmount(Errors errors) {
            if (amount != null && !amount.isBlank() && amountOf(amount) == null) {
                errors.rejectValue("amount", "complaint.amount.invalid");
            }
        }
    }

    /** A parcel sent: a returned piece, or a replacement. */
    static class ShipmentForm {
        private String courier;
        private String tracking;

        Courier courierOrNull() {
            return parse(Courier.class, courier);
        }

        public String getCourier() { return courier; }
        public void setCourier(String courier) { this.courier = courier; }
        public String getTracking() { return tracking; }
        public void setTracking(String tracking) { this.tracking = tracking; }
    }

    /** Photos sent with a form; an empty file field is no photo. */
    static class WithPhotos {
        private List<MultipartFile> photos = new ArrayList<>();

        public List<MultipartFile> getPhotos() { return photos; }
        public void setPhotos(List<MultipartFile> photos) { this.photos = photos == null ? new ArrayList<>() : photos; }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Long amountOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String digits = text.strip();
        if (!digits.matches("[0-9]{1,13}")) {
            return null;
        }
        return Long.parseLong(digits);
    }
}

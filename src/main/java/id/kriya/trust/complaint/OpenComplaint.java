package id.kriya.trust.complaint;

import id.kriya.trust.ComplaintReason;
import id.kriya.trust.Remedy;

/** What a buyer says when opening a complaint: why, what they ask for (a partial refund's amount), and the story. */
public record OpenComplaint(ComplaintReason reason, Remedy asked, Long amount, String text) {
}

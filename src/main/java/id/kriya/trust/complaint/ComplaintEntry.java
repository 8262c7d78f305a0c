package id.kriya.trust.complaint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import id.kriya.media.PrivatePhotoId;
import id.kriya.trust.ComplaintParty;
import id.kriya.trust.Remedy;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

/** One line of a complaint's thread: a step or a message, who wrote it, and its photos. Part of {@link Complaint}. */
@Entity
@Table(name = "trust_complaint_entry")
class ComplaintEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;

    private int position;

    @Enumerated(EnumType.STRING)
    private EntryKind kind;

    @Enumerated(EnumType.STRING)
    private ComplaintParty party;

    @Column(name = "user_id")
    private Long userId;

    private String text;

    @Enumerated(EnumType.STRING)
    private Remedy remedy;

    private Long amount;

    private String detail;

    private Instant at;

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "trust_complaint_entry_photo", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    @Column(name = "photo_id")
    private List<UUID> photos = new ArrayList<>();

    protected ComplaintEntry() {
    }

    ComplaintEntry(Complaint complaint, int position, EntryKind kind, ComplaintParty party, Long userId, String text,
                   List<PrivatePhotoId> photos, Instant at) {
        this.complaint = complaint;
        this.position = position;
        this.kind = kind;
        this.party = party;
        this.userId = party == ComplaintParty.SYSTEM ? null : userId;
        this.text = text;
        this.photos = new ArrayList<>(photos.stream().map(PrivatePhotoId::value).toList());
        this.at = at;
    }

    ComplaintEntry with(Terms terms) {
        this.remedy = terms.remedy();
        this.amount = terms.refund();
        return this;
    }

    ComplaintEntry with(String detail) {
        this.detail = detail;
        return this;
    }

    List<PrivatePhotoId> photos() {
        return photos.stream().map(PrivatePhotoId::new).toList();
    }

    ComplaintView.Entry toView() {
        return new ComplaintView.Entry(kind, party, text, remedy, amount, detail, photos(), at);
    }
}

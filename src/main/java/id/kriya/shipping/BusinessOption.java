package id.kriya.shipping;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A business's shipping choices beyond prices: couriers it does not use and pick-up at its workshop. */
@Entity
@Table(name = "shipping_business_option")
class BusinessOption {

    static final int ADDRESS_MAX = 300;
    static final int NOTES_MAX = 500;

    @Id
    private Long businessId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] couriersOff = new String[0];

    private boolean offersPickup;
    private String pickupAddress;
    private String pickupNotes;
    private Instant updatedAt;

    @Version
    private Long version;

    protected BusinessOption() {
    }

    BusinessOption(long businessId) {
        this.businessId = businessId;
    }

    Set<Courier> couriersOff() {
        Set<Courier> off = EnumSet.noneOf(Courier.class);
        Arrays.stream(couriersOff).map(Courier::valueOf).forEach(off::add);
        return off;
    }

    boolean offersPickup() {
        return offersPickup;
    }

    String pickupAddress() {
        return pickupAddress;
    }

    String pickupNotes() {
        return pickupNotes;
    }

    /** The couriers switched off and the pick-up offer; pick-up needs an address where the buyer comes. */
    void change(Set<Courier> off, boolean pickup, String address, String notes, Instant now) {
        String cleanAddress = blankToNull(address);
        String cleanNotes = blankToNull(notes);
        if (pickup && cleanAddress == null) {
            throw new IllegalArgumentException("Pick-up needs an address");
        }
        if (cleanAddress != null && cleanAddress.length() > ADDRESS_MAX || cleanNotes != null && cleanNotes.length() > NOTES_MAX) {
            throw new IllegalArgumentException("Address or notes too long");
        }
        this.couriersOff = off.stream().sorted().map(Courier::name).toArray(String[]::new);
        this.offersPickup = pickup;
        this.pickupAddress = cleanAddress;
        this.pickupNotes = cleanNotes;
        this.updatedAt = now;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

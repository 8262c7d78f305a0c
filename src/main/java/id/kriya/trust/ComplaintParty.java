package id.kriya.trust;

/** Who acts in a complaint's thread: the buyer, the artisan's business, an officer of the council, or Kriya itself. */
public enum ComplaintParty {
    BUYER, ARTISAN, OFFICER, SYSTEM;

    public String messageKey() {
        return "complaint.party." + name();
    }
}

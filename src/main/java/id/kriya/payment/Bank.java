package id.kriya.payment;

import org.springframework.modulith.NamedInterface;

/**
 * Banks Indonesian artisans commonly hold accounts with, Bali's regional bank first. The label is the bank's own
 * name, the same in every language.
 */
@NamedInterface("api")
public enum Bank {

    BPD_BALI("Bank BPD Bali"),
    BRI("BRI"),
    BNI("BNI"),
    MANDIRI("Bank Mandiri"),
    BCA("BCA"),
    BSI("BSI (Bank Syariah Indonesia)"),
    BTN("BTN"),
    CIMB_NIAGA("CIMB Niaga"),
    DANAMON("Bank Danamon"),
    PERMATA("PermataBank"),
    PANIN("Panin Bank"),
    OCBC("OCBC"),
    MAYBANK("Maybank Indonesia"),
    MEGA("Bank Mega"),
    SMBC_INDONESIA("SMBC Indonesia (Jenius)"),
    SEABANK("SeaBank"),
    JAGO("Bank Jago");

    private final String label;

    Bank(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String getLabel() {
        return label;
    }
}

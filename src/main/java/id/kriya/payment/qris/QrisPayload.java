package id.kriya.payment.qris;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A QRIS payload (EMVCo merchant-presented mode) that passed every check: it splits into data objects, its CRC
 * matches, and the tags QRIS requires are there with sensible values. A static payload (the sticker on the stall)
 * becomes a dynamic one for an exact amount with {@link #withAmount(long)}, which rebuilds the data objects and
 * recomputes the CRC, never by editing the text.
 */
public final class QrisPayload {

    static final String CRC_TAG = "63";
    static final String AMOUNT_TAG = "54";
    private static final Set<String> FEE_TAGS = Set.of("55", "56", "57");
    private static final int MAX_TEXT = 512;

    private final List<Tlv> elements;
    private final String text;

    private QrisPayload(List<Tlv> elements, String text) {
        this.elements = List.copyOf(elements);
        this.text = text;
    }

    /**
     * Reads a payload as pasted or decoded from a photo; spaces and line breaks around it are ignored.
     *
     * @throws QrisException with a message key that names the fault: a wrong CRC, a missing tag, a bad length, a
     *                       non-numeric amount …
     */
    public static QrisPayload parse(String pasted) {
        String text = pasted == null ? "" : pasted.strip();
        if (text.isEmpty()) {
            throw new QrisException("payment.qris.error.empty");
        }
        if (text.length() > MAX_TEXT) {
            throw new QrisException("payment.qris.error.tooLong", MAX_TEXT);
        }
        if (!text.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
            throw new QrisException("payment.qris.error.characters");
        }
        List<Tlv> elements = Tlv.parseAll(text);
        checkCrc(text, elements);
        checkTags(elements);
        return new QrisPayload(elements, text);
    }

    private static void checkCrc(String text, List<Tlv> elements) {
        Tlv last = elements.get(elements.size() - 1);
        if (!last.tag().equals(CRC_TAG)) {
            throw new QrisException("payment.qris.error.crcMissing");
        }
        if (last.value().length() != 4 || !last.value().matches("[0-9A-Fa-f]{4}")) {
            throw new QrisException("payment.qris.error.crcFormat", last.value());
        }
        String expected = Crc16.hex(text.substring(0, text.length() - 4));
        if (!expected.equals(last.value().toUpperCase(Locale.ROOT))) {
            throw new QrisException("payment.qris.error.crc", last.value(), expected);
        }
    }

    private static void checkTags(List<Tlv> elements) {
        Set<String> seen = new HashSet<>();
        for (Tlv element : elements) {
            if (!seen.add(element.tag())) {
                throw new QrisException("payment.qris.error.duplicate", element.tag());
            }
        }
        if (!elements.get(0).tag().equals("00")) {
            throw new QrisException("payment.qris.error.notFirst");
        }
        require(elements, "00", "01");
        String initiation = value(elements, "01").orElseThrow(() -> missing("01"));
        if (!initiation.equals("11") && !initiation.equals("12")) {
            throw new QrisException("payment.qris.error.value", "01", initiation);
        }
        if (elements.stream().noneMatch(QrisPayload::isMerchantAccount)) {
            throw new QrisException("payment.qris.error.merchantAccount");
        }
        for (Tlv element : elements) {
            if (isMerchantAccount(element) || element.tag().equals("62")) {
                try {
                    Tlv.parseAll(element.value());
                } catch (QrisException e) {
                    throw new QrisException("payment.qris.error.template", element.tag());
                }
            }
        }
        String category = value(elements, "52").orElseThrow(() -> missing("52"));
        if (!category.matches("\\d{4}")) {
            throw new QrisException("payment.qris.error.value", "52", category);
        }
        require(elements, "53", "360");
        value(elements, AMOUNT_TAG).ifPresent(amount -> {
            if (!amount.matches("\\d{1,10}(\\.\\d{1,2})?")) {
                throw new QrisException("payment.qris.error.amount", amount);
            }
        });
        require(elements, "58", "ID");
        value(elements, "59").orElseThrow(() -> missing("59"));
        value(elements, "60").orElseThrow(() -> missing("60"));
    }

    private static boolean isMerchantAccount(Tlv element) {
        return element.number() >= 26 && element.number() <= 51;
    }

    private static void require(List<Tlv> elements, String tag, String expected) {
        String value = value(elements, tag).orElseThrow(() -> missing(tag));
        if (!value.equals(expected)) {
            throw new QrisException("payment.qris.error.value", tag, value);
        }
    }

    private static QrisException missing(String tag) {
        return new QrisException("payment.qris.error.missing", tag);
    }

    private static Optional<String> value(List<Tlv> elements, String tag) {
        return elements.stream().filter(element -> element.tag().equals(tag)).map(Tlv::value).findFirst();
    }

    /**
     * The dynamic payload that asks for exactly this many rupiah: point of initiation "12", the amount (tag 54)
     * just before the country (tag 58), any amount, tip or fee (54–57) of the original dropped, the CRC
     * recomputed. Kriya never adds a tip or fee tag: buyers may not be charged the merchant's fee.
     */
    public QrisPayload withAmount(long rupiah) {
        if (rupiah < 1 || rupiah > 9_999_999_999L) {
            throw new IllegalArgumentException("An amount in whole rupiah from 1: " + rupiah);
        }
        List<Tlv> rebuilt = new ArrayList<>();
        for (Tlv element : elements) {
            if (element.tag().equals("58")) {
                rebuilt.add(new Tlv(AMOUNT_TAG, Long.toString(rupiah)));
            }
            if (element.tag().equals("01")) {
                rebuilt.add(new Tlv("01", "12"));
            } else if (!element.tag().equals(AMOUNT_TAG) && !FEE_TAGS.contains(element.tag())
                    && !element.tag().equals(CRC_TAG)) {
                rebuilt.add(element);
            }
        }
        return sealed(rebuilt);
    }

    /** The payload of these data objects (without a CRC) closed with its CRC. */
    static QrisPayload sealed(List<Tlv> withoutCrc) {
        String body = Tlv.textOf(withoutCrc) + CRC_TAG + "04";
        String text = body + Crc16.hex(body);
        return parse(text);
    }

    List<Tlv> elements() {
        return elements;
    }

    public String text() {
        return text;
    }

    public boolean isDynamic() {
        return value(elements, "01").orElseThrow().equals("12");
    }

    public String merchantName() {
        return value(elements, "59").orElseThrow();
    }

    public String merchantCity() {
        return value(elements, "60").orElseThrow();
    }

    /** The National Merchant ID (NMID) of the QRIS template (tag 51, sub-tag 02), when it has one. */
    public Optional<String> nationalMerchantId() {
        return value(elements, "51").flatMap(template -> value(Tlv.parseAll(template), "02"));
    }

    /** The amount a dynamic payload asks for, as written (whole rupiah for Kriya's own payloads). */
    public Optional<String> amount() {
        return value(elements, AMOUNT_TAG);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QrisPayload payload && payload.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}

package id.kriya.payment.qris;

import java.util.ArrayList;
import java.util.List;

/**
 * One EMVCo data object: a two-digit tag, a two-digit length and that many characters of value. Lengths count
 * characters; QRIS payloads are plain ASCII, which {@link QrisPayload} checks first.
 */
record Tlv(String tag, String value) {

    static final int MAX_LENGTH = 99;

    Tlv {
        if (!tag.matches("\\d{2}")) {
            throw new IllegalArgumentException("A tag is two digits: " + tag);
        }
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A value holds 1 to 99 characters, not " + value.length());
        }
    }

    int number() {
        return Integer.parseInt(tag);
    }

    String text() {
        return tag + String.format("%02d", value.length()) + value;
    }

    /**
     * Reads data objects one after another to the end of the text.
     *
     * @throws QrisException naming the position and the fault when the text does not split into data objects
     */
    static List<Tlv> parseAll(String text) {
        List<Tlv> elements = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            if (at + 4 > text.length()) {
                throw new QrisException("payment.qris.error.truncated", at + 1);
            }
            String tag = text.substring(at, at + 2);
            String length = text.substring(at + 2, at + 4);
            if (!tag.matches("\\d{2}")) {
                throw new QrisException("payment.qris.error.tag", tag, at + 1);
            }
            if (!length.matches("\\d{2}") || length.equals("00")) {
                throw new QrisException("payment.qris.error.length", tag, length, at + 3);
            }
            int end = at + 4 + Integer.parseInt(length);
            if (end > text.length()) {
                throw new QrisException("payment.qris.error.overrun", tag, Integer.parseInt(length),
                        text.length() - at - 4);
            }
            elements.add(new Tlv(tag, text.substring(at + 4, end)));
            at = end;
        }
        return elements;
    }

    static String textOf(List<Tlv> elements) {
        StringBuilder text = new StringBuilder();
        elements.forEach(element -> text.append(element.text()));
        return text.toString();
    }
}

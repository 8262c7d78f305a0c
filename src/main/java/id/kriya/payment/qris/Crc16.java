package id.kriya.payment.qris;

import java.nio.charset.StandardCharsets;

/**
 * CRC-16/CCITT-FALSE, the checksum that closes every QRIS payload: polynomial 0x1021, initial value 0xFFFF, no
 * reflection, no final XOR. Its check value (over "123456789") is 0x29B1.
 */
final class Crc16 {

    private Crc16() {
    }

    static int of(String text) {
        int crc = 0xFFFF;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            crc ^= (b & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            crc &= 0xFFFF;
        }
        return crc;
    }

    /** The checksum as QRIS writes it: four upper-case hex digits. */
    static String hex(String text) {
        return String.format("%04X", of(text));
    }
}

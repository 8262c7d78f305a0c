package id.kriya.ordering;

import java.util.Locale;

/** Who to tell about an order: the buyer's name, e-mail, phone (WhatsApp) and language. */
public record Contact(String name, String email, String phone, Locale locale) {
}

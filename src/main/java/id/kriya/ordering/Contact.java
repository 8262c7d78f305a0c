package id.kriya.ordering;

import java.util.Locale;

import org.springframework.modulith.NamedInterface;

/** Who to tell about an order: the buyer's name, e-mail, phone (WhatsApp) and language. */
@NamedInterface("api")
public record Contact(String name, String email, String phone, Locale locale) {
}

package id.kriya.exhibition.booth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import id.kriya.exhibition.ExhibitorView;

/** An exhibitor with the name and shop address of its business, as booth pages and sheets show it. */
public record BoothHolder(ExhibitorView exhibitor, String businessName, String shopSlug) {

    public String boothCode() {
        return exhibitor.boothCode();
    }

    public boolean hasBooth() {
        return exhibitor.boothCode() != null;
    }

    /**
     * Where the booth's QR code leads: the path of the business's shop, saying the visitor came from the booth
     * ({@code /artisans/tenun-sari?from=booth-K-03}); null without a booth or a shop.
     */
    public String shopPath() {
        if (!hasBooth() || shopSlug == null) {
            return null;
        }
        return "/artisans/" + URLEncoder.encode(shopSlug, StandardCharsets.UTF_8) + "?from="
                + URLEncoder.encode("booth-" + boothCode(), StandardCharsets.UTF_8);
    }
}

package id.kriya.exhibition.booth;

import id.kriya.exhibition.ExhibitorView;

/** An exhibitor with the name and shop address of its business, as booth pages and sheets show it. */
public record BoothHolder(ExhibitorView exhibitor, String businessName, String shopSlug) {

    public String boothCode() {
        return exhibitor.boothCode();
    }

    public boolean hasBooth() {
        return exhibitor.boothCode() != null;
    }
}

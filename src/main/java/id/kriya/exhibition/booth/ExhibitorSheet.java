package id.kriya.exhibition.booth;

import java.util.List;

import id.kriya.catalog.ProductView;
import id.kriya.exhibition.ExhibitionView;
import id.kriya.exhibition.StageView;

/**
 * What an exhibitor prints and brings to its stand: the exhibition, the stage's dates and venue, its booth (null
 * while it has none, and always for an online stage) and the products it shows.
 */
public record ExhibitorSheet(ExhibitionView exhibition, StageView stage, BoothHolder holder, BoothView booth,
                             List<ProductView> products) {

    public ExhibitorSheet {
        products = List.copyOf(products);
    }

    public boolean hasBooth() {
        return booth != null;
    }

    public boolean isOnline() {
        return stage.venue() == null;
    }
}

package id.kriya.catalog.web;

/** How wide a product tile's photo is laid out by the stylesheet, for its {@code sizes}: keep the two in step. */
public final class Tiles {

    /**
     * Two tiles across a phone (the page's 1 rem margins and a .5 rem gap between), three from 48 rem, at most
     * 300 px once the page stops widening at 60 rem.
     */
    public static final String SIZES =
            "(min-width: 60rem) 300px, (min-width: 48rem) calc((100vw - 3.5rem) / 3), calc((100vw - 2.5rem) / 2)";

    private Tiles() {
    }
}

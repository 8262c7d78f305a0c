package id.kriya.catalog.search;

/** Field names of the product index. */
final class SearchFields {

    static final String SLUG = "slug";
    static final String TITLE = "title";
    static final String STORY = "story";
    static final String STORY_EN = "storyEn";
    static final String MATERIALS_TEXT = "materialsText";
    static final String MATERIAL = "material";
    static final String TECHNIQUE_TEXT = "techniqueText";
    static final String TECHNIQUE = "technique";
    static final String CATEGORY_TEXT = "categoryText";
    static final String CATEGORY = "category";
    static final String MAKER = "maker";
    static final String VILLAGE = "village";
    static final String REGENCY = "regency";
    static final String PRICE = "price";
    static final String IN_STOCK = "inStock";
    static final String CREATED = "created";
    /** The id of the product's first photo; stored only, for the card. */
    static final String COVER = "cover";
    /** True once curators selected the product for an exhibition. */
    static final String CURATED = "curated";
    /** How many verified reviews count for the product; 0 without any. */
    static final String REVIEWS = "reviews";
    /** The average "as pictured" score of those reviews; absent without any. */
    static final String AS_PICTURED = "asPictured";

    private SearchFields() {
    }
}

/**
 * The search index of public products: finding them ({@link id.kriya.catalog.search.ProductSearch}) and rebuilding
 * the index from the database ({@link id.kriya.catalog.search.SearchIndex}). Exposed to other modules as the
 * {@code catalog :: search} interface, for the demo module's benchmark catalog, which writes products in bulk and
 * then rebuilds the index.
 */
@org.springframework.modulith.NamedInterface("search")
package id.kriya.catalog.search;

package id.kriya.catalog.search;

import java.util.List;
import java.util.Locale;

import id.kriya.catalog.ProductStatus;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;
import org.hibernate.search.mapper.pojo.model.PojoElementAccessor;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * Maps the catalog's Product entity to the search index in code rather than with annotations, so the entity
 * stays free of search concerns. Only public products (published or sold out) are in the index: a routing
 * bridge on the status takes a product out as soon as it is unpublished, hidden or archived.
 */
public class ProductSearchMapping implements HibernateOrmSearchMappingConfigurer {

    /** The Hibernate name of the entity (its class name), for the mapping. */
    static final String TYPE = "id.kriya.catalog.Product";
    /** The JPA entity name, for search scopes. */
    static final String ENTITY = "Product";

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        TypeMappingStep product = context.programmaticMapping().type(TYPE);
        product.indexed().index("product").routingBinder(new PublicOnly());
        product.property("slug").keywordField(SearchFields.SLUG).projectable(Projectable.YES);
        product.property("title").fullTextField(SearchFields.TITLE).analyzer(KriyaAnalysisConfigurer.INDONESIAN)
                .searchAnalyzer(KriyaAnalysisConfigurer.INDONESIAN_QUERY)
                .projectable(Projectable.YES);
        product.property("storyId").fullTextField(SearchFields.STORY).analyzer(KriyaAnalysisConfigurer.INDONESIAN)
                .searchAnalyzer(KriyaAnalysisConfigurer.INDONESIAN_QUERY);
        product.property("storyEn").fullTextField(SearchFields.STORY_EN).analyzer(KriyaAnalysisConfigurer.ENGLISH);
        product.property("materials")
                .fullTextField(SearchFields.MATERIALS_TEXT).analyzer(KriyaAnalysisConfigurer.INDONESIAN)
                .searchAnalyzer(KriyaAnalysisConfigurer.INDONESIAN_QUERY)
                .keywordField(SearchFields.MATERIAL).aggregable(Aggregable.YES).projectable(Projectable.YES);
        product.property("technique")
                .fullTextField(SearchFields.TECHNIQUE_TEXT).analyzer(KriyaAnalysisConfigurer.INDONESIAN)
                .searchAnalyzer(KriyaAnalysisConfigurer.INDONESIAN_QUERY)
                .valueBridge(new EnumWords())
                .keywordField(SearchFields.TECHNIQUE).projectable(Projectable.YES);
        product.property("category")
                .fullTextField(SearchFields.CATEGORY_TEXT).analyzer(KriyaAnalysisConfigurer.INDONESIAN)
                .searchAnalyzer(KriyaAnalysisConfigurer.INDONESIAN_QUERY)
                .valueBridge(new EnumWords())
                .keywordField(SearchFields.CATEGORY).aggregable(Aggregable.YES).projectable(Projectable.YES);
        product.property("maker").fullTextField(SearchFields.MAKER).analyzer(KriyaAnalysisConfigurer.INDONESIAN)
                .projectable(Projectable.YES);
        product.property("village").fullTextField(SearchFields.VILLAGE).analyzer(KriyaAnalysisConfigurer.INDONESIAN)
                .projectable(Projectable.YES);
        product.property("regionCode").keywordField(SearchFields.REGENCY).aggregable(Aggregable.YES)
                .projectable(Projectable.YES);
        product.property("price").genericField(SearchFields.PRICE).sortable(Sortable.YES).aggregable(Aggregable.YES)
                .projectable(Projectable.YES);
        product.property("status").genericField(SearchFields.IN_STOCK).valueBridge(new InStock())
                .aggregable(Aggregable.YES).projectable(Projectable.YES);
        product.property("createdAt").genericField(SearchFields.CREATED).sortable(Sortable.YES);
        product.property("photos").binder(new Cover());
        product.property("curatedAt").binder(new Curated());
        product.binder(new Rated());
    }

    /**
     * What buyers said, for the cards: how many reviews count (always written, 0 without any) and the average "as
     * pictured" score (only when there are reviews). Moving a product's rating changes these columns, which reindexes it.
     */
    static final class Rated implements TypeBinder {
        @Override
        public void bind(TypeBindingContext context) {
            context.dependencies().use("reviewCount").use("asPicturedTotal");
            IndexFieldReference<Integer> reviews = context.indexSchemaElement()
                    .field(SearchFields.REVIEWS, f -> f.asInteger().projectable(Projectable.YES).sortable(Sortable.YES))
                    .toReference();
            IndexFieldReference<Double> asPictured = context.indexSchemaElement()
                    .field(SearchFields.AS_PICTURED, f -> f.asDouble().projectable(Projectable.YES).sortable(Sortable.YES))
                    .toReference();
            PojoElementAccessor<Integer> count = context.bridgedElement().property("reviewCount")
                    .createAccessor(Integer.class);
            PojoElementAccessor<Long> total = context.bridgedElement().property("asPicturedTotal")
                    .createAccessor(Long.class);
            context.bridge(Object.class, (DocumentElement target, Object product, TypeBridgeWriteContext ctx) -> {
                int reviewed = count.read(product) == null ? 0 : count.read(product);
                target.addValue(reviews, reviewed);
                if (reviewed > 0) {
                    target.addValue(asPictured, total.read(product) / (double) reviewed);
                }
            });
        }
    }

    /**
     * Whether curators selected the product for an exhibition, as a boolean that is always written (false while the
     * date is null), so the facet counts it and a filter finds it. Marking a product changes {@code curatedAt}, which
     * reindexes it.
     */
    static final class Curated implements PropertyBinder {
        @Override
        public void bind(PropertyBindingContext context) {
            context.dependencies().useRootOnly();
            IndexFieldReference<Boolean> curated = context.indexSchemaElement()
                    .field(SearchFields.CURATED, f -> f.asBoolean().aggregable(Aggregable.YES).projectable(Projectable.YES))
                    .toReference();
            context.bridge(java.time.Instant.class,
                    (DocumentElement target, java.time.Instant curatedAt, PropertyBridgeWriteContext ctx) ->
                            target.addValue(curated, curatedAt != null));
        }
    }

    /**
     * The first of the product's photos (its cover) as one stored keyword, so a card shows it without asking the
     * database. Declared as depending on the whole list: adding, removing or reordering photos reindexes the product.
     */
    static final class Cover implements PropertyBinder {
        @Override
        public void bind(PropertyBindingContext context) {
            context.dependencies().useRootOnly();
            IndexFieldReference<String> cover = context.indexSchemaElement()
                    .field(SearchFields.COVER, f -> f.asString().projectable(Projectable.YES)).toReference();
            context.bridge(List.class, (DocumentElement target, List photos, PropertyBridgeWriteContext ctx) -> {
                if (photos != null && !photos.isEmpty() && photos.get(0) != null) {
                    target.addValue(cover, photos.get(0).toString());
                }
            });
        }
    }

    /** TENUN_IKAT_ATBM → "tenun ikat atbm": enum names as the words a buyer types. */
    static final class EnumWords implements ValueBridge<Enum, String> {
        @Override
        public String toIndexedValue(Enum value, ValueBridgeToIndexedValueContext context) {
            return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /** Published means it can be bought now; sold out is still found, but not "in stock". */
    static final class InStock implements ValueBridge<ProductStatus, Boolean> {
        @Override
        public Boolean toIndexedValue(ProductStatus value, ValueBridgeToIndexedValueContext context) {
            return value == ProductStatus.PUBLISHED;
        }
    }

    static final class PublicOnly implements RoutingBinder {
        @Override
        public void bind(RoutingBindingContext context) {
            context.dependencies().use("status");
            PojoElementAccessor<ProductStatus> status = context.bridgedElement().property("status")
                    .createAccessor(ProductStatus.class);
            context.bridge(Object.class, new RoutingBridge<>() {
                @Override
                public void route(DocumentRoutes routes, Object id, Object product, RoutingBridgeRouteContext ctx) {
                    ProductStatus current = status.read(product);
                    if (current != null && current.isPublic()) {
                        routes.addRoute();
                    } else {
                        routes.notIndexed();
                    }
                }

                @Override
                public void previousRoutes(DocumentRoutes routes, Object id, Object product, RoutingBridgeRouteContext ctx) {
                    routes.addRoute();
                }
            });
        }
    }
}

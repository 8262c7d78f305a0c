package id.kriya.catalog.web;

import id.kriya.media.Photo;
import id.kriya.media.PhotoId;
import id.kriya.media.PhotoSize;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Absolute addresses of public pages and photos, for the JSON API: a partner's app or marketplace links to them from
 * elsewhere, so a root-relative path would not do. Built on {@code kriya.base-url}, as the Open Graph tags are.
 */
@Component
class PublicLinks {

    private final String baseUrl;

    PublicLinks(@Value("${kriya.base-url}") String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    String product(String slug) {
        return baseUrl + "/products/" + slug;
    }

    String artisan(String slug) {
        return baseUrl + "/artisans/" + slug;
    }

    /** The card rendition, as listings show it; null for no photo. */
    String card(Photo photo) {
        return photo == null ? null : card(photo.id());
    }

    /** The card rendition of a photo known by its id alone (a search hit's cover); null for no photo. */
    String card(PhotoId photo) {
        return photo == null ? null : baseUrl + photo.url(PhotoSize.CARD);
    }

    PhotoLinks photo(Photo photo) {
        return new PhotoLinks(baseUrl + photo.thumbUrl(), baseUrl + photo.cardUrl(), baseUrl + photo.fullUrl());
    }

    /** The three renditions of one photo: immutable addresses, JPEG. */
    record PhotoLinks(String thumb, String card, String full) {
    }
}

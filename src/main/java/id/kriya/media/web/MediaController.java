package id.kriya.media.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;

import id.kriya.media.MediaLibrary;
import id.kriya.media.PhotoId;
import id.kriya.media.PhotoRejectedException;
import id.kriya.media.PhotoSize;

/**
 * Serves renditions. A photo's bytes never change under its URL (a new photo gets a new id), so browsers and CDNs
 * may keep them for a year; the response can only ever be a JPEG, whatever a browser might guess from its bytes.
 */
@Controller
class MediaController {

    static final String IMAGE_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

    private final MediaLibrary media;

    MediaController(MediaLibrary media) {
        this.media = media;
    }

    /** A rendition being made for an old photo while uploads hold every turn: try again soon, keep nothing. */
    @ExceptionHandler(PhotoRejectedException.class)
    ResponseEntity<Void> busy(PhotoRejectedException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    @GetMapping("/media/{id}/{size}.jpg")
    ResponseEntity<byte[]> rendition(@PathVariable String id, @PathVariable String size) {
        return PhotoId.parse(id)
                .flatMap(photo -> PhotoSize.fromSlug(size).flatMap(rendition -> media.rendition(photo, rendition)))
                .map(MediaController::image)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<byte[]> image(byte[] jpeg) {
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", IMAGE_POLICY)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                .body(jpeg);
    }
}

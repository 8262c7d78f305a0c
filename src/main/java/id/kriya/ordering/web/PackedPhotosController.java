package id.kriya.ordering.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import id.kriya.account.KriyaUser;
import id.kriya.media.PhotoFile;
import id.kriya.media.PhotoRejectedException;
import id.kriya.media.PrivatePhotoId;
import id.kriya.media.PrivatePhotos;
import id.kriya.ordering.OrderManagement;
import id.kriya.ordering.OrderRuleException;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The piece as shipped: the artisan photographs the actual piece as packed (1–3 private photos, before shipping),
 * and the photos are shown to those who may see the order's receipt — its buyer, the seller's people, the officers
 * over the seller's area and admins — as evidence should a complaint come.
 */
@Controller
class PackedPhotosController {

    private final OrderManagement orders;
    private final PrivatePhotos photos;
    private final MessageSource messages;

    PackedPhotosController(OrderManagement orders, PrivatePhotos photos, MessageSource messages) {
        this.orders = orders;
        this.photos = photos;
        this.messages = messages;
    }

    @PostMapping("/my/orders/{number}/packed")
    String add(@AuthenticationPrincipal KriyaUser me, @PathVariable String number,
               @RequestParam(name = "photos", required = false) List<MultipartFile> files, RedirectAttributes redirect,
               Locale locale) {
        orders.forArtisan(me.id(), number);
        List<PhotoFile> chosen = files == null ? List.of() : PhotoFile.chosen(files);
        try {
            if (chosen.isEmpty()) {
                throw new OrderRuleException("ordering.packed.missing");
            }
            if (chosen.size() > 3) {
                throw new OrderRuleException("ordering.packed.tooMany");
            }
            photos.uploadAll(me.id(), chosen, uploaded -> orders.addPackedPhotos(me.id(), number, uploaded));
            redirect.addFlashAttribute("flash", "ordering.packed.added");
        } catch (OrderRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        } catch (PhotoRejectedException e) {
            redirect.addFlashAttribute("flashErrorText", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return redirectTo(number);
    }

    @PostMapping("/my/orders/{number}/packed/{photo}/remove")
    String remove(@AuthenticationPrincipal KriyaUser me, @PathVariable String number, @PathVariable String photo,
                  RedirectAttributes redirect) {
        Optional<PrivatePhotoId> id = PrivatePhotoId.parse(photo);
        try {
            if (id.isPresent() && orders.removePackedPhoto(me.id(), number, id.get())) {
                photos.delete(id.get(), me.id());
                redirect.addFlashAttribute("flash", "ordering.packed.removed");
            }
        } catch (OrderRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return redirectTo(number);
    }

    @GetMapping("/orders/{number}/packed/{photo}.jpg")
    ResponseEntity<byte[]> show(@AuthenticationPrincipal KriyaUser me, @PathVariable String number,
                                @PathVariable String photo, @RequestParam(required = false) String key) {
        return PrivatePhotoId.parse(photo)
                .flatMap(id -> orders.packedPhotoFor(me, key, number, id))
                .flatMap(photos::content)
                .map(jpeg -> ResponseEntity.ok()
                        .contentType(MediaType.IMAGE_JPEG)
                        .cacheControl(CacheControl.noStore().cachePrivate())
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Content-Security-Policy", TransferProofController.IMAGE_POLICY)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                        .body(jpeg))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static String redirectTo(String number) {
        return "redirect:" + UriComponentsBuilder.fromPath("/my/orders/{number}").buildAndExpand(number).encode()
                .toUriString();
    }
}

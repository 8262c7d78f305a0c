package id.kriya.exhibition.web;

import java.util.ArrayList;
import java.util.List;

import id.kriya.media.PhotoFile;
import org.springframework.web.multipart.MultipartFile;

/** The photos chosen for a venue. */
class VenuePhotoForm {

    private List<MultipartFile> photos = new ArrayList<>();

    public List<MultipartFile> getPhotos() {
        return photos;
    }

    public void setPhotos(List<MultipartFile> photos) {
        this.photos = photos == null ? new ArrayList<>() : photos;
    }

    List<PhotoFile> chosen() {
        return PhotoFile.chosen(photos);
    }
}

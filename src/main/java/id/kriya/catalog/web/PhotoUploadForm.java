package id.kriya.catalog.web;

import java.util.ArrayList;
import java.util.List;

import id.kriya.media.PhotoFile;
import org.springframework.web.multipart.MultipartFile;

/** The files chosen on the photo page; a file field left empty sends a nameless empty part, which is not a photo. */
class PhotoUploadForm {

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

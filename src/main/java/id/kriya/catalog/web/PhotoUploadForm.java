package id.kriya.catalog.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import id.kriya.catalog.ProductPhotoUploads.PhotoFile;
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
        return photos.stream()
                .filter(file -> !(file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())))
                .map(PhotoUploadForm::toPhotoFile)
                .toList();
    }

    private static PhotoFile toPhotoFile(MultipartFile file) {
        return new PhotoFile() {
            @Override
            public String filename() {
                return file.getOriginalFilename();
            }

            @Override
            public InputStream open() throws IOException {
                return file.getInputStream();
            }
        };
    }
}

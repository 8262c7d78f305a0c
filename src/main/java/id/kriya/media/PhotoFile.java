package id.kriya.media;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.springframework.modulith.NamedInterface;
import org.springframework.web.multipart.MultipartFile;

/** A file as the person sent it; its name is only logged. */
@NamedInterface("api")
public interface PhotoFile {

    String filename();

    InputStream open() throws IOException;

    /** The files a form sent; a file field left empty sends a nameless empty part, which is not a photo. */
    static List<PhotoFile> chosen(List<MultipartFile> files) {
        return files.stream()
                .filter(file -> !(file.isEmpty() && (file.getOriginalFilename() == null
                        || file.getOriginalFilename().isBlank())))
                .map(PhotoFile::of)
                .toList();
    }

    static PhotoFile of(MultipartFile file) {
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

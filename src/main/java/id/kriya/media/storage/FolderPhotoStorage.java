package id.kriya.media.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import id.kriya.media.Photo;
import id.kriya.media.PhotoId;
import id.kriya.media.PhotoSize;

/**
 * Renditions as files: {@code <directory>/<first two hex digits>/<uuid>-<size>.jpg}. The name is built from the
 * UUID and the size alone, so nothing a user sent can point elsewhere; the two-digit folders keep any one folder
 * to a few thousand files.
 */
public class FolderPhotoStorage implements PhotoStorage {

    private final Path root;

    public FolderPhotoStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void put(PhotoId id, PhotoSize size, byte[] jpeg) {
        Path file = fileOf(id, size);
        try {
            Files.createDirectories(file.getParent());
            // Written aside and moved in one step, so a reader never gets half a picture.
            Path partial = Files.createTempFile(file.getParent(), "partial-", ".tmp");
            Files.write(partial, jpeg);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store " + file, e);
        }
    }

    @Override
    public Optional<byte[]> get(PhotoId id, PhotoSize size) {
        try {
            return Optional.of(Files.readAllBytes(fileOf(id, size)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read photo " + id, e);
        }
    }

    @Override
    public void delete(PhotoId id, PhotoSize size) {
        try {
            Files.deleteIfExists(fileOf(id, size));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete photo " + id, e);
        }
    }

    Path fileOf(PhotoId id, PhotoSize size) {
        String name = id.value().toString();
        Path file = root.resolve(name.substring(0, 2)).resolve(name + "-" + size.slug() + ".jpg").normalize();
        if (!file.startsWith(root)) {
            throw new IllegalStateException("Photo path outside the media folder: " + file);
        }
        return file;
    }
}

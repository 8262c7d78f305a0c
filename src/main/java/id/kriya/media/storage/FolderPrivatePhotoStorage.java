package id.kriya.media.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import id.kriya.media.PrivatePhotoId;

/**
 * Private photos as files: {@code <private directory>/<first two hex digits>/<uuid>.jpg}, in a folder of their own
 * that no web server or CDN serving the public renditions' folder can reach. Names come from the UUID alone.
 */
public class FolderPrivatePhotoStorage implements PrivatePhotoStorage {

    private final Path root;

    public FolderPrivatePhotoStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void put(PrivatePhotoId id, byte[] jpeg) {
        Path file = fileOf(id);
        try {
            Files.createDirectories(file.getParent());
            Path partial = Files.createTempFile(file.getParent(), "partial-", ".tmp");
            Files.write(partial, jpeg);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store private photo " + id, e);
        }
    }

    @Override
    public Optional<byte[]> get(PrivatePhotoId id) {
        try {
            return Optional.of(Files.readAllBytes(fileOf(id)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read private photo " + id, e);
        }
    }

    @Override
    public void delete(PrivatePhotoId id) {
        try {
            Files.deleteIfExists(fileOf(id));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete private photo " + id, e);
        }
    }

    Path fileOf(PrivatePhotoId id) {
        String name = id.value().toString();
        Path file = root.resolve(name.substring(0, 2)).resolve(name + ".jpg").normalize();
        if (!file.startsWith(root)) {
            throw new IllegalStateException("Private photo path outside its folder: " + file);
        }
        return file;
    }
}

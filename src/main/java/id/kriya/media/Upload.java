package id.kriya.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import id.kriya.media.PhotoRejectedException.Reason;

/**
 * An upload copied to a temporary file while its bytes are counted and hashed: the count, not a Content-Length
 * header, decides the size limit, and the decoder reads a file instead of 15 MB held in the heap.
 */
record Upload(Path file, long bytes, String sha256) implements AutoCloseable {

    static final long MAX_BYTES = MediaLibrary.MAX_MEGABYTES * 1024L * 1024;

    static Upload spool(InputStream content) {
        Path file = createTempFile();
        try {
            MessageDigest digest = newDigest();
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int read; (read = content.read(buffer)) != -1; ) {
                    total += read;
                    if (total > MAX_BYTES) {
                        throw new PhotoRejectedException(Reason.TOO_LARGE, MediaLibrary.MAX_MEGABYTES);
                    }
                    digest.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            if (total == 0) {
                throw new PhotoRejectedException(Reason.EMPTY);
            }
            return new Upload(file, total, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException("Cannot receive an upload", e);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    /** The first bytes of the file, at most {@code length}. */
    byte[] head(int length) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(length);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read an upload", e);
        }
    }

    @Override
    public void close() {
        deleteQuietly(file);
    }

    private static Path createTempFile() {
        try {
            return Files.createTempFile("kriya-upload-", ".bin");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make a temporary file for an upload", e);
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The temporary folder is cleaned by the system; a leftover is no reason to fail the upload.
        }
    }
}

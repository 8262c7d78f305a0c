package id.kriya.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Several photos stored one after the other and then attached in one go: one refused file, or an attach that
 * fails, discards those already stored, so either all are kept and attached or none. Public and private photos
 * both go this way.
 */
final class PhotoBatch {

    /** Stores one file's content and returns its id. */
    interface Store<I> {
        I store(PhotoFile file, InputStream content);
    }

    private PhotoBatch() {
    }

    static <I> List<I> uploadAll(List<? extends PhotoFile> files, Store<I> store, Consumer<I> discard,
                                 Consumer<List<I>> attach) {
        List<I> uploaded = new ArrayList<>();
        try {
            for (PhotoFile file : files) {
                try (InputStream content = file.open()) {
                    uploaded.add(store.store(file, content));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            attach.accept(List.copyOf(uploaded));
            return uploaded;
        } catch (RuntimeException e) {
            uploaded.forEach(discard);
            throw e;
        }
    }
}

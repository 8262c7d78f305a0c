package id.kriya.media;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * @param directory where the folder storage keeps renditions
 * @param privateDirectory where the folder storage keeps private photos (receipts), apart from the public ones;
 *        by default a sibling of {@code directory} named {@code <directory>-private}
 * @param concurrentDecodes how many uploads are decoded at once; each may take ~30 MB of heap while it runs
 * @param decodeWait how long an upload waits for its turn before the uploader is asked to try again
 */
@ConfigurationProperties("kriya.media")
record MediaProperties(Path directory, Integer concurrentDecodes, Duration decodeWait, Path privateDirectory) {

    @ConstructorBinding
    MediaProperties {
        directory = directory == null ? Path.of("data", "media") : directory;
        if (privateDirectory == null) {
            Path publicFolder = directory.toAbsolutePath().normalize();
            privateDirectory = publicFolder.resolveSibling(publicFolder.getFileName() + "-private");
        }
        concurrentDecodes = concurrentDecodes == null ? 2 : concurrentDecodes;
        decodeWait = decodeWait == null ? Duration.ofSeconds(30) : decodeWait;
    }

    MediaProperties(Path directory, Integer concurrentDecodes, Duration decodeWait) {
        this(directory, concurrentDecodes, decodeWait, null);
    }
}

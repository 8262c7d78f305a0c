package id.kriya.media;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param directory where the folder storage keeps renditions
 * @param concurrentDecodes how many uploads are decoded at once; each may take ~30 MB of heap while it runs
 * @param decodeWait how long an upload waits for its turn before the uploader is asked to try again
 */
@ConfigurationProperties("kriya.media")
record MediaProperties(Path directory, Integer concurrentDecodes, Duration decodeWait) {

    MediaProperties {
        directory = directory == null ? Path.of("data", "media") : directory;
        concurrentDecodes = concurrentDecodes == null ? 2 : concurrentDecodes;
        decodeWait = decodeWait == null ? Duration.ofSeconds(30) : decodeWait;
    }
}

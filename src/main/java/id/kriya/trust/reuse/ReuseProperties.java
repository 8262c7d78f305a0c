package id.kriya.trust.reuse;

import id.kriya.media.MediaLibrary;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxDistance how many of the 64 bits of two photos' perceptual hashes may differ for them to count as the same
 *                    picture: 0 finds only re-encodings and resizes, 6 (the default) also light crops, filters and
 *                    text laid over; at most {@value MediaLibrary#MAX_SIMILARITY_DISTANCE}, the farthest the media
 *                    module's band indexes find
 * @param shopsPerPhoto how many other shops one photo is compared with at most, the earliest first: a stock picture
 *                      found in a hundred shops needs a handful of examples, not a hundred rows
 */
@ConfigurationProperties("kriya.trust.reuse")
record ReuseProperties(@DefaultValue("6") int maxDistance, @DefaultValue("10") int shopsPerPhoto) {

    ReuseProperties {
        if (maxDistance < 0 || maxDistance > MediaLibrary.MAX_SIMILARITY_DISTANCE) {
            throw new IllegalArgumentException("kriya.trust.reuse.max-distance must be 0 to "
                    + MediaLibrary.MAX_SIMILARITY_DISTANCE + ", not " + maxDistance);
        }
        if (shopsPerPhoto < 1) {
            throw new IllegalArgumentException("kriya.trust.reuse.shops-per-photo must be at least 1");
        }
    }
}

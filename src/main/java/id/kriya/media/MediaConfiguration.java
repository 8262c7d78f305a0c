package id.kriya.media;

import id.kriya.media.storage.FolderPhotoStorage;
import id.kriya.media.storage.FolderPrivatePhotoStorage;
import id.kriya.media.storage.PhotoStorage;
import id.kriya.media.storage.PrivatePhotoStorage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MediaProperties.class)
class MediaConfiguration {

    /** The folder storage, unless the deployment brings another (an S3-compatible bucket, say). */
    @Bean
    @ConditionalOnMissingBean(PhotoStorage.class)
    PhotoStorage folderPhotoStorage(MediaProperties properties) {
        return new FolderPhotoStorage(properties.directory());
    }

    /** Private photos in their own folder, unless the deployment brings another storage (a private bucket, say). */
    @Bean
    @ConditionalOnMissingBean(PrivatePhotoStorage.class)
    PrivatePhotoStorage folderPrivatePhotoStorage(MediaProperties properties) {
        return new FolderPrivatePhotoStorage(properties.privateDirectory());
    }
}

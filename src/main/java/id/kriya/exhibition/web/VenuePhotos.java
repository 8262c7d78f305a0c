package id.kriya.exhibition.web;

import java.util.List;

import id.kriya.exhibition.ExhibitionManagement;
import id.kriya.exhibition.ExhibitionNotFoundException;
import id.kriya.exhibition.ExhibitionRuleException;
import id.kriya.media.MediaLibrary;
import id.kriya.media.PhotoFile;
import id.kriya.media.PhotoId;
import org.springframework.stereotype.Service;

/**
 * Photos of a venue from an officer's phone: the room is checked first, then every file is uploaded outside any
 * transaction and only when all were accepted are they attached; one refused file means none is kept.
 */
@Service
class VenuePhotos {

    private final ExhibitionManagement exhibitions;
    private final MediaLibrary media;

    VenuePhotos(ExhibitionManagement exhibitions, MediaLibrary media) {
        this.exhibitions = exhibitions;
        this.media = media;
    }

    /**
     * @throws id.kriya.media.PhotoRejectedException for the first file refused; nothing is attached
     * @throws ExhibitionRuleException when the venue has no room for them all
     * @throws ExhibitionNotFoundException when the venue is outside the officer's areas
     */
    public List<PhotoId> upload(long officerId, long venueId, List<? extends PhotoFile> files) {
        exhibitions.checkVenuePhotoRoom(officerId, venueId, files.size());
        return media.uploadAll(officerId, files, uploaded -> exhibitions.attachVenuePhotos(officerId, venueId, uploaded));
    }
}

package id.kriya.account;

import org.springframework.modulith.NamedInterface;

/**
 * A module holding personal data about people implements this (as a Spring bean) so that a person's data download
 * (UU 27/2022, right of access) contains it too. The account module asks every contributor and never needs to know
 * the other modules.
 */
@NamedInterface("api")
public interface PersonalDataContributor {

    /** The name of this section in the download, e.g. {@code "business"}; unique across modules. */
    String section();

    /**
     * What this module holds about the person, as records, lists or maps that serialise to JSON; {@code null} when
     * it holds nothing. Only this person's data: never another person's name or contact.
     */
    Object personalDataOf(long userId);
}

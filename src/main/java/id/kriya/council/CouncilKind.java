package id.kriya.council;

import org.springframework.modulith.NamedInterface;

/** Province council, or the council of a regency (kabupaten) or city (kota) inside it. */
@NamedInterface("api")
public enum CouncilKind {
    PROVINCE, REGENCY, CITY
}

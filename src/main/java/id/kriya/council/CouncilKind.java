package id.kriya.council;

/** Province council, or the council of a regency (kabupaten) or city (kota) inside it. */
public enum CouncilKind {
    PROVINCE, REGENCY, CITY
}

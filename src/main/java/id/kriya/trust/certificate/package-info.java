/**
 * Certificates of authenticity: an officer of a piece's area issues one (maker, business, technique, what was
 * checked, geographical indication and HAKI numbers, the photos, the council and the officer) with an unguessable
 * code; anyone reads it at {@code /verify/{code}} or prints it with its QR code; it passes to the buyer when the piece
 * is paid for and is revoked with a reason, never to be valid again. Misses at {@code /verify} are counted per client
 * in the database and slow the guesser down. The product carries the mark "Bersertifikat" through catalog's
 * {@link id.kriya.catalog.ProductCertification}. Other modules (demo data, notifications) use the services and events
 * here: {@link id.kriya.trust.certificate.CertificateRegistry}, {@link id.kriya.trust.certificate.CertificateIssued}, …
 */
@org.springframework.modulith.NamedInterface("certificate")
package id.kriya.trust.certificate;

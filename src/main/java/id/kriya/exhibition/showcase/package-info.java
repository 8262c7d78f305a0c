/**
 * The exhibition as visitors and the printed catalog see it: a stage's exhibitors grouped by regency with their
 * shown products (public ones only) and covers, read in a handful of batched queries however many exhibitors there
 * are, and the exhibition's catalog as a PDF.
 */
package id.kriya.exhibition.showcase;

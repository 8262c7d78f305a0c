/**
 * Booths: a venue's booth plan (its lines, {@link id.kriya.exhibition.booth.BoothLines}, and the zones booths are
 * kept for, {@link id.kriya.exhibition.booth.BoothZone}, which curation and the demo use through the {@code api}),
 * and for a stage's exhibitors the automatic draw by zone, capacity and lot
 * ({@link id.kriya.exhibition.booth.BoothDraw}), the officer's board of who holds which booth, and the exhibitor's
 * sheet. {@link id.kriya.exhibition.BoothAssignment} at the module's root is their public face; the database keeps
 * one exhibitor to a booth per stage (and stages at one venue never overlap).
 */
package id.kriya.exhibition.booth;

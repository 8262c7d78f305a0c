/**
 * Booths for a stage's exhibitors, internal to the exhibition module: the automatic draw by zone, capacity and lot
 * ({@link id.kriya.exhibition.booth.BoothDraw}), the officer's board of who holds which booth, and the exhibitor's
 * sheet. {@link id.kriya.exhibition.BoothAssignment} at the module's root is their public face; the database keeps
 * one exhibitor to a booth per stage (and stages at one venue never overlap).
 */
package id.kriya.exhibition.booth;

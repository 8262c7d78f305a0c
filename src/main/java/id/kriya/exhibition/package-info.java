/**
 * The council's exhibitions: venues with their booth plans (booths by code, size, zone and place on the grid),
 * exhibitions held offline, online or both, organised by a council, and their stages (tahap), each with its dates,
 * its venue (none when online) and how many booths each zone may fill. The database refuses a stage that ends before
 * it starts, a venue for an online-only exhibition and two stages at one venue at the same time. Officers of the
 * organising council set them up; visitors see what is on now, what is coming and what is past. Other modules read
 * them through {@link id.kriya.exhibition.ExhibitionManagement}. An exhibition, mostly an online one, shows works in rooms:
 * each an ordered set of public catalog products with the artist's or curator's statement and large photos.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account :: api", "artisan :: api", "catalog :: api", "council :: api", "media :: api", "ordering :: api", "payment :: api", "platform :: spreadsheet", "shared"})
package id.kriya.exhibition;

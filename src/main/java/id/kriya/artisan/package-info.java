/**
 * The registry of small craft industries (IKM/UMKM): a business's profile, its owner and staff, its regency and
 * village, crafts, legal id (NIB) and certifications, and its membership verified by the council of its area.
 * Other modules read verified businesses through {@link id.kriya.artisan.ArtisanDirectory} and
 * {@link id.kriya.artisan.ArtisanManagement}, and hear of verification through its events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account :: api", "council :: api", "platform :: spreadsheet", "shared"})
package id.kriya.artisan;

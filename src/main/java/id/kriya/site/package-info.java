/**
 * The public front of Kriya: the home page and the council directory, composed from what the other modules
 * publish (pieces for sale come from the catalog's showcase). It sits at the top of the module graph so that the modules it shows never need to know each other.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"council", "artisan", "catalog", "shared"})
package id.kriya.site;

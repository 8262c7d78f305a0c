/**
 * Demo data for a first look at Kriya on the embedded database: councils' officers, a curator, a buyer and about
 * thirty artisans of Bali's nine regencies, ten of them with products and photos drawn in code. It uses only the other modules' public APIs, as any client would.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "council", "artisan", "catalog", "media", "platform :: database", "shared"})
package id.kriya.demo;

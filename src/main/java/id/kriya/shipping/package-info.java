/**
 * Getting a piece to its buyer: couriers at home (JNE, J&T, SiCepat, POS Indonesia) and abroad (EMS, Pos Ekspor),
 * rates by zone and chargeable weight (the larger of actual and volumetric weight, rounded as couriers round), a
 * council-wide rate table an artisan may override, pick-up at the workshop, tracking numbers, and what an export
 * needs (a consignment note up to 30 kg, an export declaration above).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account :: api", "artisan :: api", "council :: api", "shared"})
package id.kriya.shipping;

/**
 * How a business is named and reached, checked and normalised: its NIB, its WhatsApp number, its public address
 * (slug). Plain functions with no state, internal to the artisan module.
 */
package id.kriya.artisan.identifiers;

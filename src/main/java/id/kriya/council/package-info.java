/**
 * The crafts councils (Dekranasda) from province down to regency and city, keyed by region code, and the officers
 * who work for them. Seeded with Bali; a platform admin adds any other province with its regencies and cities, and
 * appoints, moves and dismisses officers (their accounts and the officer role come from the account module). Answers
 * the question every other module asks: which areas may this officer see?
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account :: api", "shared"})
package id.kriya.council;

/**
 * The embedded PostgreSQL and the condition that tells whether it runs, which other modules may ask (demo data
 * only ever loads into it unless asked for).
 */
@org.springframework.modulith.NamedInterface("database")
package id.kriya.platform.database;

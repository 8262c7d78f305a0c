/**
 * Calls for entries to an exhibition's stages and their curation: officers of the organising council open a call
 * (who may apply, deadline, a weighted rubric, quotas per regency and per zone, the curators); verified IKM apply
 * with a few of their public products and a statement, editable until the deadline; curators score each application
 * blind, seeing only a random code, the statement and the products; officers read averages and spread, have a
 * selection proposed that keeps the quotas, prefers higher scores and lets IKM that have not shown before go first,
 * adjust it by hand with a recorded reason, and publish it: the selected IKM join the stage's exhibitors, their
 * products get the catalog's curated mark, and every applicant hears the outcome ({@link id.kriya.curation.ApplicationDecided}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account :: api", "artisan :: api", "catalog :: api", "council :: api", "exhibition :: api", "media :: api", "shared"})
package id.kriya.curation;

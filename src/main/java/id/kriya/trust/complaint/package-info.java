/**
 * Complaints (komplain) with council mediation: a buyer's complaint on an arrived order, the artisan's answer, an
 * officer's decision, the remedy carried out and written into the payment ledger, and the deadlines of each step.
 * Services here are the named interface {@code complaint}, for demo data; everything else is the module's own.
 */
@org.springframework.modulith.NamedInterface("complaint")
package id.kriya.trust.complaint;

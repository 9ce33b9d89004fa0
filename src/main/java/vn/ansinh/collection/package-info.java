/**
 * Contribution collection: what employers, voluntary and household payers owe each month per fund, what they paid,
 * arrears, late-payment interest, evasion, and the collection figures per area. Money is recorded in a double-entry
 * {@link vn.ansinh.collection.Ledger}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Collection")
package vn.ansinh.collection;

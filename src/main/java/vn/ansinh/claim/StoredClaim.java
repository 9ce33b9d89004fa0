package vn.ansinh.claim;

/** A stored version of an encounter: its row id and version (1 for the first send, then one more per resend). */
public record StoredClaim(long id, String facilityCode, String encounterKey, int version) {
}

package vn.ansinh.claim;

import java.util.List;
import java.util.Map;

/** A claim read from a kept file, with its validation errors (none for a valid claim) and its other tables. */
record IncomingClaim(Claim claim, long fileId, List<ClaimIssue> issues, Map<String, String> attachments) {

    ClaimStatus status() {
        return issues.isEmpty() ? ClaimStatus.RECEIVED : ClaimStatus.INVALID;
    }
}

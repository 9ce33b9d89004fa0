package vn.ansinh.claim.appraisal;

import java.math.BigDecimal;

import vn.ansinh.claim.LineKind;

/** What a rule found: an amount taken off a line (or the claim, when the line is null) and why; zero for a flag. */
record Finding(String ruleCode, LineKind lineKind, Integer lineNo, String reason, BigDecimal amount) {
}

package vn.ansinh.claim;

/** What a claim line pays for: a drug (XML2), or a medical service or a supply (XML3). */
public enum LineKind {
    DRUG, SERVICE, SUPPLY
}

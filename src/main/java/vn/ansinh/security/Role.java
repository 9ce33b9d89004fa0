package vn.ansinh.security;

/** Staff roles of a Social Security office. */
public enum Role {
    ADMINISTRATOR,
    COLLECTION_OFFICER,
    CARD_OFFICER,
    CLAIMS_APPRAISER,
    BENEFIT_OFFICER,
    MANAGER;

    public String authority() {
        return "ROLE_" + name();
    }
}

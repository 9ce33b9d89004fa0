package vn.ansinh.registry;

/**
 * Who may do what in the registry, as {@code @PreAuthorize} expressions. {@link #READ} is public: the pages other
 * modules add to a person's record (SI book, card) are read by the same staff.
 */
public final class RegistryRoles {

    /** Every staff role reads people and households (within their area). */
    public static final String READ = "hasAnyRole('ADMINISTRATOR','COLLECTION_OFFICER','CARD_OFFICER','CLAIMS_APPRAISER',"
            + "'BENEFIT_OFFICER','MANAGER')";

    /** Officers who meet the public register and correct people and households; appraisers and managers only read. */
    static final String WRITE = "hasAnyRole('ADMINISTRATOR','COLLECTION_OFFICER','CARD_OFFICER','BENEFIT_OFFICER')";

    private RegistryRoles() {
    }
}

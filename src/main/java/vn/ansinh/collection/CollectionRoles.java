package vn.ansinh.collection;

/** Who may do what in collection, as {@code @PreAuthorize} expressions. */
final class CollectionRoles {

    /** Collection officers and administrators handle money; managers read the figures. */
    static final String READ = "hasAnyRole('ADMINISTRATOR','COLLECTION_OFFICER','MANAGER')";

    static final String WRITE = "hasAnyRole('ADMINISTRATOR','COLLECTION_OFFICER')";

    /** The monthly interest run, an office-wide batch. */
    static final String RUN = "hasRole('ADMINISTRATOR')";

    private CollectionRoles() {
    }
}

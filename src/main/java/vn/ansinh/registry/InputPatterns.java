package vn.ansinh.registry;

/** Shapes of the codes and choices clients send, shared by request validation and the use cases. */
final class InputPatterns {

    static final String RELATIONS = "HEAD|SPOUSE|CHILD|PARENT|GRANDCHILD|OTHER";
    static final String RELATIONS_MESSAGE = "must be one of HEAD, SPOUSE, CHILD, PARENT, GRANDCHILD, OTHER";
    static final String LIVING_STANDARDS = "ORDINARY|POOR|NEAR_POOR|FARM_AVERAGE";
    static final String LIVING_STANDARDS_MESSAGE = "must be one of ORDINARY, POOR, NEAR_POOR, FARM_AVERAGE";
    static final String SI_CODE = "[0-9]{10}";
    static final String HOUSEHOLD_CODE = "[0-9A-Za-z-]{1,20}";
    static final String HOUSEHOLD_CODE_MESSAGE = "must be 1 to 20 letters, digits or '-'";

    private InputPatterns() {
    }
}

package vn.ansinh.claim;

/**
 * The tables of the Ministry's claim standard that intake reads (RULES.md section 8), with the elements that hold
 * their rows inside the decoded inner document.
 */
enum ClaimTable {
    XML1("TONG_HOP", "TONG_HOP"),
    XML2("CHITIEU_CHITIET_THUOC", "CHI_TIET_THUOC"),
    XML3("CHITIEU_CHITIET_DVKT_VTYT", "CHI_TIET_DVKT"),
    /** The envelope itself, for refusals that concern the whole file. */
    ENVELOPE("GIAMDINHHS", null);

    private final String root;
    private final String row;

    ClaimTable(String root, String row) {
        this.root = root;
        this.row = row;
    }

    String root() {
        return root;
    }

    String row() {
        return row;
    }

    /** The list element between the root and the rows, written for XML2 and XML3. */
    String list() {
        return switch (this) {
            case XML2 -> "DSACH_CHI_TIET_THUOC";
            case XML3 -> "DSACH_CHI_TIET_DVKT";
            default -> null;
        };
    }
}

package vn.ansinh.demo;

/**
 * The shares a generated province is tuned to, from the seeds: Nghe An 2024 had HI for 94.0 % of the population and
 * SI for 25.80 % of the working-age labour force; Ha Tinh's compulsory participants outnumber voluntary ones almost
 * two to one. The tests check the results land near these.
 */
final class Calibration {

    /** Working-age labour force as a share of population (ages 15-59, not in school, not retired). */
    static final double LABOUR_SHARE = 0.575;
    /** Compulsory SI participants as a share of the labour force. */
    static final double COMPULSORY_SHARE = 0.20;
    /** Jobs offered beyond the expected hires, so that employers are rarely all full. */
    static final double SLOT_MARGIN = 1.05;
    /** HI coverage of the population on the reference day (a commune varies around it). */
    static final double HI_COVERAGE = 0.940;
    /** Chance that a labour-force member with no job ever takes voluntary SI (before the commune factor). */
    static final double VOLUNTARY_SI = 0.105;

    private Calibration() {
    }
}

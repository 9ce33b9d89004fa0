package vn.ansinh.card;

/** Who pays for a participant group's card; it decides how far a card runs (table hi_group). */
enum Funding {
    EMPLOYER, SI_FUND, BUDGET, SUPPORTED, HOUSEHOLD
}

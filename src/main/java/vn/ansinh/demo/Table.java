package vn.ansinh.demo;

/**
 * The tables a province is written to, in an order that satisfies the foreign keys inside one chunk (the household
 * head is a deferred key, so households may come before their people). Columns are listed in full so that nothing
 * is left to a default such as {@code now()}: the data are the same every time.
 */
enum Table {
    AREA("area", true, "id, code, level, name, parent_id, path, wage_region, valid_from, valid_to"),
    EMPLOYER("employer", true, "id, unit_code, tax_code, name, name_search, commune_id, wage_region, ownership, sector, "
            + "size_class, reduced_accident_rate, registered_on, closed_on, created_at"),
    HOUSEHOLD("household", true, "id, code, commune_id, address, living_standard, head_person_id, created_at"),
    PERSON("person", true, "id, cccd, si_code, full_name, name_search, date_of_birth, sex, commune_id, household_id, "
            + "household_relation, ethnic_minority, date_of_death, registered_at"),
    EMPLOYMENT("employment", true, "id, employer_id, person_id, start_date, end_date, job_title, worker_type"),
    SALARY("salary", false, "employment_id, valid_from, amount"),
    PARTICIPATION("participation", true, "id, person_id, scheme, group_code, valid_from, valid_to"),
    AREA_STATISTIC("area_statistic", false, "area_id, year, population, labour_force, source"),
    COVERAGE_TARGET("coverage_target", false, "area_id, year, si_labour_share, hi_population_share, set_by, set_at");

    private final String tableName;
    private final boolean hasIdentity;
    private final String columns;

    Table(String tableName, boolean hasIdentity, String columns) {
        this.tableName = tableName;
        this.hasIdentity = hasIdentity;
        this.columns = columns;
    }

    String tableName() {
        return tableName;
    }

    boolean hasIdentity() {
        return hasIdentity;
    }

    /** PostgreSQL's text format: tab-separated, {@code \N} for null; faster to parse than CSV. */
    String copySql() {
        return "copy " + tableName + " (" + columns + ") from stdin";
    }
}

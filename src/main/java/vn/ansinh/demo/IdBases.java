package vn.ansinh.demo;

/**
 * The first id of each table for one load. Ids are allocated by the loader (a block reserved from each identity
 * sequence) rather than by the database, so that rows can refer to each other inside one COPY stream.
 */
record IdBases(long area, long employer, long household, long person, long employment, long participation) {

    /** Every table from 1: what tests use to compare two generations byte for byte. */
    static final IdBases ONE = new IdBases(1, 1, 1, 1, 1, 1);
}

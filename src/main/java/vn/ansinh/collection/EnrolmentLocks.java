package vn.ansinh.collection;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Serialises enrolment checks about one person or household, so two clerks cannot both pass a clash check. */
final class EnrolmentLocks {

    private EnrolmentLocks() {
    }

    static void person(JdbcClient jdbc, long personId) {
        lock(jdbc, "enrolment:person:" + personId);
    }

    static void household(JdbcClient jdbc, long householdId) {
        lock(jdbc, "enrolment:household:" + householdId);
    }

    private static void lock(JdbcClient jdbc, String key) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))").param("key", key).query().listOfRows();
    }
}

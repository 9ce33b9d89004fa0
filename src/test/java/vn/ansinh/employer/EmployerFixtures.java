package vn.ansinh.employer;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.security.Role;
import vn.ansinh.security.StaffAccounts;
import vn.ansinh.shared.VietnameseText;

/** Test data with unique codes, since all integration tests share one database. */
final class EmployerFixtures {

    static final String PASSWORD = "secret-password";

    private static final AtomicLong SEQ = new AtomicLong(ProcessHandle.current().pid() % 1000 * 100_000);

    private EmployerFixtures() {
    }

    /** A fresh tax code with a valid check digit. */
    static String taxCode() {
        while (true) {
            String nine = String.format("0%08d", SEQ.incrementAndGet());
            int check = TaxCode.checkDigit(nine);
            if (check < 10) {
                return nine + check;
            }
        }
    }

    record Person(long id, String cccd, String siCode, String fullName) {
    }

    static Person person(JdbcClient jdbc, long communeId, String fullName) {
        long n = SEQ.incrementAndGet();
        String cccd = String.format("0010%08d", n);
        String siCode = String.format("79%08d", n);
        long id = jdbc.sql("""
                        insert into person (cccd, si_code, full_name, name_search, date_of_birth, sex, commune_id)
                        values (:cccd, :si, :name, :search, date '1990-03-15', 'F', :commune) returning id""")
                .param("cccd", cccd).param("si", siCode).param("name", fullName)
                .param("search", VietnameseText.searchKey(fullName)).param("commune", communeId)
                .query(Long.class).single();
        return new Person(id, cccd, siCode, fullName);
    }

    static String staff(StaffAccounts accounts, String prefix, Role role, String areaCode) {
        String username = prefix + "-" + SEQ.incrementAndGet();
        accounts.create(username, PASSWORD, prefix, Set.of(role), areaCode);
        return username;
    }
}

package vn.ansinh.registry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues new SI codes: the two-digit province code of the issuing office (this office's, from
 * {@code ansinh.registry.office-province-code}, unless a caller names another) followed by the next value of the
 * sequence {@code si_code_serial}, zero-padded to eight digits. The sequence never repeats a value and serves every
 * office prefix, so a code is never issued twice; codes already recorded from elsewhere (imports) are skipped.
 */
@Service
public class SiCodes {

    private final JdbcClient jdbc;
    private final String officeProvinceCode;

    SiCodes(JdbcClient jdbc, @Value("${ansinh.registry.office-province-code:40}") String officeProvinceCode) {
        if (!ProvinceCodes.isKnownTwoDigit(officeProvinceCode)) {
            throw new IllegalStateException("ansinh.registry.office-province-code must be a two-digit official "
                    + "province code, was '" + officeProvinceCode + "'");
        }
        this.jdbc = jdbc;
        this.officeProvinceCode = officeProvinceCode;
    }

    /** The two-digit province code of this office, the prefix of the codes it issues. */
    public String officeProvinceCode() {
        return officeProvinceCode;
    }

    /** One new code of this office. */
    @Transactional
    public SiCode allocate() {
        return allocate(officeProvinceCode, 1).get(0);
    }

    /** {@code count} new codes of this office, in one round trip (bulk loads). */
    @Transactional
    public List<SiCode> allocate(int count) {
        return allocate(officeProvinceCode, count);
    }

    /** {@code count} new codes with the prefix of another office, given as a two-digit province code. */
    @Transactional
    public List<SiCode> allocate(String officeProvinceCode, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1: " + count);
        }
        List<SiCode> codes = new ArrayList<>(count);
        while (codes.size() < count) {
            List<SiCode> candidates = jdbc.sql("select nextval('si_code_serial') from generate_series(1, :n)")
                    .param("n", count - codes.size()).query(Long.class).list().stream()
                    .map(serial -> SiCode.compose(officeProvinceCode, serial)).toList();
            Set<String> taken = new HashSet<>(jdbc.sql("select si_code from person where si_code in (:codes)")
                    .param("codes", candidates.stream().map(SiCode::value).toList()).query(String.class).list());
            candidates.stream().filter(code -> !taken.contains(code.value())).forEach(codes::add);
        }
        return codes;
    }
}

package vn.ansinh.card;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The benefit level of each participant group over time ({@code hi_group_benefit}) and the levels' ranks, held in
 * memory: a few dozen rows that only a migration changes, read on every look-up.
 */
@Component
class BenefitLevels {

    private record Dated(String group, int level, LocalDate from, LocalDate to) {
    }

    private final JdbcClient jdbc;
    private volatile Map<String, List<Dated>> byGroup;
    private volatile Map<Integer, Integer> rankOf;

    BenefitLevels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The most generous level, on the date, of any of the groups; empty when none has a level that day. */
    OptionalInt highestOn(LocalDate on, String... groups) {
        load();
        // A plain loop, not a stream: read on every card look-up, where the stream's boxing showed in the profile.
        int best = 0;
        int bestRank = Integer.MAX_VALUE;
        for (String group : groups) {
            for (Dated d : byGroup.getOrDefault(group, List.of())) {
                if (!d.from().isAfter(on) && (d.to() == null || !d.to().isBefore(on))) {
                    int rank = rankOf.get(d.level());
                    if (rank < bestRank) {
                        best = d.level();
                        bestRank = rank;
                    }
                }
            }
        }
        return bestRank == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(best);
    }

    private void load() {
        if (byGroup != null) {
            return;
        }
        rankOf = jdbc.sql("select level, rank from hi_benefit_level")
                .query((rs, i) -> Map.entry(rs.getInt(1), rs.getInt(2))).stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        byGroup = jdbc.sql("select group_code, benefit_level, valid_from, valid_to from hi_group_benefit")
                .query((rs, i) -> new Dated(rs.getString(1), rs.getInt(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class)))
                .stream().collect(Collectors.groupingBy(Dated::group, Collectors.toUnmodifiableList()));
    }
}

package vn.ansinh.collection;

import java.time.YearMonth;

/** What is still owed for one contribution month and fund. */
public record Due(YearMonth period, Fund fund, long outstanding) {
}

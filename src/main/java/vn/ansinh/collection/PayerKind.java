package vn.ansinh.collection;

/** Who pays: an employer (unit code), a voluntary SI participant (SI code), a household (code), the state budget. */
public enum PayerKind {
    EMPLOYER, VOLUNTARY, HOUSEHOLD, BUDGET
}

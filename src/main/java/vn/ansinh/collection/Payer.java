package vn.ansinh.collection;

/**
 * Who stands behind a payer code: an employer (unit code), a voluntary participant (SI code) or a household (code),
 * with the area that decides who may see it and the province whose office collects. {@code taxCode} only for
 * employers.
 */
record Payer(PayerKind kind, String code, String name, String taxCode, String areaPath, String address,
             String provinceName) {
}

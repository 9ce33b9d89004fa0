package vn.ansinh.registry;

/** A household row with its commune, as the registry's use cases need it. */
record HouseholdRow(long id, String code, long communeId, String communeCode, String communeName, String areaPath,
                    String address, LivingStandard livingStandard, Long headPersonId) {
}

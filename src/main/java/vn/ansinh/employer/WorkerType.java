package vn.ansinh.employer;

/** Foreign workers take part in SI and HI but not in unemployment insurance (RULES.md §4). */
public enum WorkerType {
    VIETNAMESE, FOREIGN
}

/**
 * Administrative areas (province, district, commune) as a tree with official codes and validity dates; per area and
 * year the population and working-age labour force, and the coverage targets managers set.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Areas")
package vn.ansinh.area;

/**
 * A synthetic province for demonstrations and benchmarks: a deterministic generator of areas, people, households,
 * employers, employments, salaries and scheme participation that looks like a Vietnamese province (the figures are
 * calibrated on the Nghe An and Ha Tinh news in the seeds), bulk-loaded with PostgreSQL COPY. The demo province is
 * loaded on first start ({@code ansinh.demo.enabled}); a Nghe An-sized one is generated on demand
 * ({@link vn.ansinh.demo.GenerateProvinceCommand}). Other modules call {@link vn.ansinh.demo.DemoProvinces}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo province")
package vn.ansinh.demo;

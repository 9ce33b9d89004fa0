/**
 * Employers (labour-using units): tax code, the unit code the office allocates, commune and wage region, ownership,
 * sector and size; their employees' employments with start, end and the monthly SI salary over time. Other modules
 * look employers up through {@link vn.ansinh.employer.Employers} and read who worked where for what salary through
 * {@link vn.ansinh.employer.Employments}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Employers")
package vn.ansinh.employer;

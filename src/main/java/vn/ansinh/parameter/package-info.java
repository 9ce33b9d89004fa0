/**
 * Reference parameters: every rate, amount and threshold of the insurance rules (base salary, regional minimum
 * wages, contribution rates, ceilings, benefit shares, deadlines) as time-versioned data with its legal reference
 * and confidence. Other modules ask {@link vn.ansinh.parameter.Parameters} for the value in force on a date instead
 * of writing a number in code; {@link vn.ansinh.parameter.ParameterCode} lists the codes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reference parameters")
package vn.ansinh.parameter;

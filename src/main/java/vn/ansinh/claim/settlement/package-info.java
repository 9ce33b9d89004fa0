/**
 * Settlement of claims with facilities per month, quarter or year, the HI fund of an area against its budget with
 * the year-end projection, and the facilities standing out among peers of their level.
 */
@org.springframework.modulith.NamedInterface("settlement")
package vn.ansinh.claim.settlement;

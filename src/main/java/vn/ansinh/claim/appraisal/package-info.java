/**
 * Automatic appraisal of stored claims by small named rules (codes A1xx card, A2xx benefit, A3xx prices and fee
 * ratios, A4xx checks across claims, A5xx item restrictions, A9xx review triggers), the price lists, limits and
 * restrictions they read as dated data, and the appraisers' review of what the rules decided.
 */
@org.springframework.modulith.NamedInterface("appraisal")
package vn.ansinh.claim.appraisal;

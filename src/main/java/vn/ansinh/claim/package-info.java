/**
 * Health insurance claims: facilities' encounters received in the Ministry of Health XML standard, validated,
 * appraised by named rules, reviewed by appraisers, settled per facility and period, and watched against the
 * province's HI budget. The XML field names stay inside the XML adapter; everything else speaks the domain.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Health insurance claims")
package vn.ansinh.claim;

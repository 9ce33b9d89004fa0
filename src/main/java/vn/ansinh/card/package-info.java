/**
 * Health insurance cards: facilities and the registered primary-care facility, cards issued from what was actually
 * paid, their history, the look-up health facilities make at check-in, and cards started and ended by births and
 * deaths.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Health insurance cards")
package vn.ansinh.card;

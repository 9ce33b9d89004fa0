/**
 * The registry of people and households: CCCD and SI code (one person, one SI code for life), names searchable
 * without accents, households with members and a head, and the schemes each person takes part in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry")
package vn.ansinh.registry;

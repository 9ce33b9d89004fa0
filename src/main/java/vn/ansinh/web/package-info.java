/**
 * The web shell: the staff UI's login and home pages, languages, and the translation of errors into problem+json
 * responses for the API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package vn.ansinh.web;

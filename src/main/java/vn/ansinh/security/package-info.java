/**
 * Who is asking: staff with roles and an area scope (form login for the UI, basic auth for the API), and machine
 * clients (health facilities, employers, agencies) with bearer tokens. Other modules ask {@link vn.ansinh.security.Actors}
 * for the current actor and its {@link vn.ansinh.security.AreaScope}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package vn.ansinh.security;

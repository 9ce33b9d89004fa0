/**
 * Small building blocks every module uses: paging, accent-insensitive text keys, and the errors that become
 * problem+json responses. Nothing here knows a business rule.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.ansinh.shared;

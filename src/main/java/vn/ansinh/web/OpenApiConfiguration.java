package vn.ansinh.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The API document at /api/docs: staff sign in with basic auth, machine clients with their bearer token. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI ansinhOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Ansinh API").version("v1")
                        .description("Social, health and unemployment insurance for a provincial Social Security office. "
                                + "Errors are problem+json (RFC 9457) with errors[].field and errors[].reason.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes("staff", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("client", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("staff"))
                .addSecurityItem(new SecurityRequirement().addList("client"));
    }
}

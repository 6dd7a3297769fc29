package org.maturityadvisor.security;

import java.util.List;
import java.util.Locale;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The roles in the OpenAPI document, read off {@link AccessRules} (the one table of who may call what), so the
 * document can never disagree with what is enforced: each operation says the least role it needs in its description
 * and as {@code x-required-role} (anonymous for an open call), with HTTP Basic and Bearer as its security schemes.
 */
@Configuration
class OpenApiRoles {

    @Bean
    OpenApiCustomizer openApiRequiredRoles(SecuritySettings settings) {
        List<AccessRules.Rule> rules = AccessRules.rules(settings.openAssessments());
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.components(new Components());
            }
            openApi.getComponents().addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                    .scheme("basic")).addSecuritySchemes("bearer", new SecurityScheme()
                    .type(SecurityScheme.Type.HTTP).scheme("bearer")
                    .description("A personal API token (POST /api/tokens) or a JWT from the configured issuer"));
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                String role = rules.stream().filter(rule -> rule.lists(method.name(), path)).findFirst()
                        .map(rule -> rule.role() == null ? "anonymous" : rule.role().name().toLowerCase(Locale.ROOT))
                        .orElse("none (refused to every caller)");
                operation.addExtension("x-required-role", role);
                String note = role.equals("anonymous") ? "Open to anonymous callers."
                        : "Requires role " + role + " (or one above it).";
                operation.setDescription(operation.getDescription() == null ? note
                        : operation.getDescription() + " " + note);
                if (!role.equals("anonymous")) {
                    operation.addSecurityItem(new SecurityRequirement().addList("basic"))
                            .addSecurityItem(new SecurityRequirement().addList("bearer"));
                }
            }));
        };
    }
}

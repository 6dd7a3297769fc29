package org.maturityadvisor.security;

import java.net.URI;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** A user's grants over HTTP, for admins ({@link UserGrants} decides). */
@RestController
class GrantController {

    private final UserGrants grants;

    GrantController(UserGrants grants) {
        this.grants = grants;
    }

    /**
     * @param role  viewer, assessor, analyst or admin (analyst and admin only without a group)
     * @param group the group's id; absent or null: the whole organisation
     */
    record NewGrant(String role, String group) {
    }

    @Operation(operationId = "listUserGrants", summary = "The user's grants",
            description = "The role on the whole organisation (if any) and the roles on groups, each covering the "
                    + "group's sub-groups.")
    @ApiResponse(responseCode = "200", description = "The grants, the organisation's first")
    @ApiResponse(responseCode = "404", description = "No such user")
    @GetMapping(path = "/api/users/{name}/grants", produces = MediaType.APPLICATION_JSON_VALUE)
    List<UserGrants.View> list(@PathVariable String name) {
        return grants.of(name);
    }

    @Operation(operationId = "grantUserRole", summary = "Grant the user a role on a group or the organisation",
            description = "Replaces the role the user held there. Viewer and assessor may be granted on a group; "
                    + "analyst and admin on the organisation only. Audited as GRANT_ADDED.")
    @ApiResponse(responseCode = "201", description = "The grant")
    @ApiResponse(responseCode = "400", description = "An unknown role or group, or analyst/admin on a group")
    @ApiResponse(responseCode = "404", description = "No such user")
    @ApiResponse(responseCode = "409", description = "The change would leave no enabled admin")
    @PostMapping(path = "/api/users/{name}/grants", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UserGrants.View> grant(@PathVariable String name, @RequestBody NewGrant grant,
                                          Authentication caller) {
        UserGrants.View view = grants.grant(caller.getName(), name, grant.role(), grant.group());
        return ResponseEntity.created(URI.create("/api/users/" + name + "/grants")).body(view);
    }

    @Operation(operationId = "removeUserGrant", summary = "Take away the user's role on a group or the organisation",
            description = "Audited as GRANT_REMOVED.")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "404", description = "No such user, or no role held there")
    @ApiResponse(responseCode = "409", description = "The change would leave no enabled admin")
    @DeleteMapping("/api/users/{name}/grants")
    ResponseEntity<Void> remove(@PathVariable String name,
                                @Parameter(description = "the group's id; absent: the role on the organisation")
                                @RequestParam(required = false) String group, Authentication caller) {
        grants.remove(caller.getName(), name, group);
        return ResponseEntity.noContent().build();
    }
}

package org.maturityadvisor.security;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Who am I; users (admins only); one's own password ({@code PUT /api/users/me/password}). */
@RestController
class UserController {

    private final Users users;
    private final UserGrants grants;
    private final CurrentAccess current;

    UserController(Users users, UserGrants grants, CurrentAccess current) {
        this.users = users;
        this.grants = grants;
        this.current = current;
    }

    /**
     * @param role   the highest role held anywhere (within a token's reach)
     * @param grants every role held, and where (a token: its owner's, which its reach narrows)
     */
    record Me(String name, Role role, SignIn signedInWith, List<UserGrants.View> grants) {
    }

    @Operation(operationId = "getCurrentUser")
    @GetMapping("/api/me")
    Me me(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        Access access = current.of(authentication);
        return new Me(caller.name(), access.anywhere(current.tree()).orElse(null), caller.kind(),
                grants.views(access.grants()));
    }

    record NewUser(String name, String password, String role) {
    }

    record UserChange(String role, String password, Boolean disabled) {
    }

    record PasswordChange(String currentPassword, String password) {
    }

    @Operation(operationId = "listUsers")
    @GetMapping("/api/users")
    List<UserAccount.View> users() {
        return users.all().stream().map(UserAccount::view).toList();
    }

    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "Created")
    @Operation(operationId = "createUser")
    @PostMapping(path = "/api/users", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UserAccount.View> create(@RequestBody NewUser user, Authentication caller) {
        UserAccount created = users.create(caller.getName(), user.name(), user.password(), user.role());
        return ResponseEntity.created(URI.create("/api/users/" + created.name())).body(created.view());
    }

    @Operation(operationId = "changeUser")
    @PatchMapping(path = "/api/users/{name}", consumes = MediaType.APPLICATION_JSON_VALUE)
    UserAccount.View change(@PathVariable String name, @RequestBody UserChange change, Authentication caller) {
        return users.change(caller.getName(), name, change.role(), change.password(), change.disabled()).view();
    }

    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "204", description = "Deleted")
    @Operation(operationId = "deleteUser")
    @DeleteMapping("/api/users/{name}")
    ResponseEntity<Void> delete(@PathVariable String name, Authentication caller) {
        users.delete(caller.getName(), name);
        return ResponseEntity.noContent().build();
    }

    /** Only for a password sign-in: a token or a JWT has no password here to change. */
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "204", description = "Changed")
    @Operation(operationId = "changeOwnPassword")
    @PutMapping(path = "/api/users/me/password", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> changeOwnPassword(@RequestBody PasswordChange change, Authentication authentication) {
        users.changeOwnPassword(authentication, change.currentPassword(), change.password(), List.of());
        return ResponseEntity.noContent().build();
    }
}

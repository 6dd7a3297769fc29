package org.maturityadvisor.security;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.maturityadvisor.catalog.InputError;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * Users and personal API tokens as the workbench's pages manage them: through the same services and policies as
 * {@code /api/users}, {@code /api/users/me/password} and {@code /api/tokens}, so a page is refused exactly what the
 * API refuses, with the same reasons ({@code InvalidInputException} naming each field, a
 * {@code ResponseStatusException} for a conflict or a missing right, {@code NotFoundException}).
 */
@Service
public class Accounts {

    private final Users users;
    private final Tokens tokens;
    private final SecurityAudit clock;
    private final UserGrants grants;
    private final CurrentAccess current;

    Accounts(Users users, Tokens tokens, SecurityAudit clock, UserGrants grants, CurrentAccess current) {
        this.users = users;
        this.tokens = tokens;
        this.clock = clock;
        this.grants = grants;
        this.current = current;
    }

    /**
     * A user as the administration page shows them; {@code lockedUntil} only while the lock lasts; {@code role} on
     * the organisation, null when they hold roles on groups only.
     */
    public record User(String name, Role role, boolean disabled, OffsetDateTime lockedUntil,
                       OffsetDateTime createdAt) {

        public boolean locked() {
            return lockedUntil != null;
        }

        /** The role on the organisation in words: its label, or "none" (roles on groups only). */
        public String roleWords() {
            return Users.words(role);
        }
    }

    /** A role a user holds and where, in words ("assessor of Retail › Pricing"); {@code group} null: organisation. */
    public record GrantLine(Role role, String group, String where) {

        public String words() {
            return role.label() + " of " + where;
        }
    }

    /** A group as a grant's or a token's form offers it: its id and its path in words. */
    public record GroupChoice(String id, String path) {
    }

    /**
     * A personal API token as the pages show it (never its secret); its reach in words ("" for its owner's).
     * Serializable: a flash attribute.
     */
    public record Token(long id, String name, String owner, Role role, OffsetDateTime createdAt,
                        OffsetDateTime expiresAt, OffsetDateTime lastUsedAt, boolean expired, String reach)
            implements Serializable {
    }

    /** The user's grants, the organisation's first. */
    public List<GrantLine> grants(String name) {
        return grants.of(name).stream().map(view -> new GrantLine(view.role(), view.group(), view.where())).toList();
    }

    /** The signed-in caller's grants. */
    public List<GrantLine> ownGrants() {
        return grants.views(current.access().grants()).stream().map(view -> new GrantLine(view.role(), view.group(),
                view.where())).toList();
    }

    /** Every group, in the tree's order, for a form's choice. */
    public List<GroupChoice> groups() {
        var tree = current.tree();
        return tree.all().stream().map(group -> new GroupChoice(group.id(), tree.pathWords(group.id()))).toList();
    }

    /** Grants {@code role} on {@code group} (blank: the organisation); answers it in words. */
    public GrantLine grant(String actor, String name, String role, String group) {
        UserGrants.View view = grants.grant(actor, name, role, group);
        return new GrantLine(view.role(), view.group(), view.where());
    }

    public void removeGrant(String actor, String name, String group) {
        grants.remove(actor, name, group);
    }

    /** A token just created: its secret is shown this once, on the answer to the form, and never stored. */
    public record NewToken(Token token, String secret) {
    }

    /** How long a new token lives unless told otherwise, and at most. */
    public record TokenDays(int defaultDays, int maxDays) {
    }

    public List<User> users() {
        return users.all().stream().map(this::user).toList();
    }

    public Optional<User> user(String name) {
        return users.all().stream().filter(user -> user.name().equals(name)).findFirst().map(this::user);
    }

    public void create(String actor, String name, String password, String role) {
        users.create(actor, name, password, role);
    }

    public void changeRole(String actor, String name, String role) {
        users.change(actor, name, role == null ? "" : role, null, null);
    }

    public void setDisabled(String actor, String name, boolean disabled) {
        users.change(actor, name, null, null, disabled);
    }

    /** A new password set by an admin; it also lifts a lock. */
    public void resetPassword(String actor, String name, String password) {
        users.change(actor, name, null, password == null ? "" : password, null);
    }

    public void delete(String actor, String name) {
        users.delete(actor, name);
    }

    /** The signed-in user's own password: the current one, the new one typed twice. */
    public void changeOwnPassword(Authentication caller, String current, String password, String repeat) {
        List<InputError> repeated = AccountPolicy.refuseRepeat(password, repeat)
                .map(reason -> List.of(new InputError("repeat", reason))).orElse(List.of());
        users.changeOwnPassword(caller, current, password, repeated);
    }

    /**
     * Ends every browser session of the signed-in user on every replica, this one included (a lost laptop stays
     * signed in nowhere); API tokens are left alone. How many sessions it ended.
     */
    public int signOutEverywhere(Authentication caller) {
        return users.signOutEverywhere(caller);
    }

    /** The caller's own tokens, or (an admin asking) every user's. */
    public List<Token> tokens(Authentication caller, boolean all) {
        return tokens.list(caller, all).stream().map(this::token).toList();
    }

    public NewToken createToken(Authentication caller, String name, String role, Integer days) {
        return createToken(caller, name, role, days, null, null, false);
    }

    /** A token reaching one group or one team (both blank: as far as its owner), perhaps read only. */
    public NewToken createToken(Authentication caller, String name, String role, Integer days, String group,
                                String team, boolean readOnly) {
        ApiTokens.Issued issued = tokens.create(caller, name, role, days, new Tokens.Scope(group, team, readOnly));
        return new NewToken(token(issued.stored()), issued.token());
    }

    /** Revokes one of the caller's tokens (an admin: anyone's); answers the token revoked. */
    public Token revokeToken(Authentication caller, long id) {
        return token(tokens.revoke(caller, id));
    }

    public TokenDays tokenDays() {
        return new TokenDays(tokens.settings().defaultDays(), tokens.settings().maxDays());
    }

    private User user(UserAccount account) {
        OffsetDateTime lock = account.lockedUntil();
        return new User(account.name(), account.role(), account.disabled(),
                lock != null && lock.isAfter(clock.now()) ? lock : null, account.createdAt());
    }

    private Token token(StoredToken stored) {
        return new Token(stored.id(), stored.name(), stored.owner(), stored.role(), stored.createdAt(),
                stored.expiresAt(), stored.lastUsedAt(), !clock.now().isBefore(stored.expiresAt()),
                Tokens.reachWords(stored).replaceFirst("^(, | )", ""));
    }
}

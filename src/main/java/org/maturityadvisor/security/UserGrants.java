package org.maturityadvisor.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.organisation.GroupTree;
import org.maturityadvisor.store.AuditAction;
import org.maturityadvisor.store.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * A user's grants as an admin manages them ({@code /api/users/{name}/grants} and the user's page): the role on the
 * organisation ({@code app_user.role}) and roles on groups. Analyst and admin only on the organisation; no change
 * leaves no enabled admin; every grant given or taken is audited.
 */
@Service
class UserGrants {

    /** What a refusal of a grant's fields says was invalid: "Invalid grant". */
    static final String SUBJECT = "grant";

    private final GrantStore grants;
    private final UserStore users;
    private final CurrentAccess current;
    private final SecurityAudit audit;

    UserGrants(GrantStore grants, UserStore users, CurrentAccess current, SecurityAudit audit) {
        this.grants = grants;
        this.users = users;
        this.current = current;
        this.audit = audit;
    }

    /**
     * One grant as shown: the role, and where: the organisation ({@code group} null) or a group, with its path in
     * words ("Retail › Pricing").
     */
    record View(Role role, String group, String where) {
    }

    List<View> of(String user) {
        return views(grants.of(user).orElseThrow(() -> new NotFoundException("no user " + user)));
    }

    List<View> views(Grants held) {
        GroupTree tree = current.tree();
        return held.list().stream().map(grant -> view(grant, tree)).toList();
    }

    static View view(Grant grant, GroupTree tree) {
        return new View(grant.role(), grant.group(), grant.organisationWide() ? "the organisation"
                : tree.group(grant.group()).isPresent() ? tree.pathWords(grant.group()) : grant.group());
    }

    /** Grants {@code role} on {@code group} (null or blank: the organisation), replacing the role held there. */
    View grant(String actor, String user, String roleLabel, String groupId) {
        UserAccount account = users.find(user).orElseThrow(() -> new NotFoundException("no user " + user));
        String group = groupId == null || groupId.isBlank() ? null : groupId.strip();
        GroupTree tree = current.tree();
        List<InputError> errors = new ArrayList<>();
        Optional<Role> role = Role.of(roleLabel);
        if (role.isEmpty()) {
            errors.add(new InputError("role", "expected one of " + Role.labels() + ", got " + roleLabel));
        }
        if (group != null && tree.group(group).isEmpty()) {
            errors.add(new InputError("group", "no group " + group));
        }
        role.flatMap(held -> Grant.refuse(held, group)).ifPresent(reason -> errors.add(new InputError("role",
                reason)));
        InvalidInputException.throwIfAny(SUBJECT, errors);
        Grant grant = new Grant(role.orElseThrow(), group);
        if (group == null) {
            organisationRole(account, grant.role());
        } else {
            grants.put(user, group, grant.role(), actor, audit.now());
        }
        View view = view(grant, tree);
        audit.record(actor, AuditAction.GRANT_ADDED, "granted by an admin", user + ": " + grant.role().label() + " of "
                + view.where() + (group == null ? "" : " (" + group + ")"));
        return view;
    }

    /** Takes away the role held on {@code group} (null or blank: the organisation). */
    void remove(String actor, String user, String groupId) {
        UserAccount account = users.find(user).orElseThrow(() -> new NotFoundException("no user " + user));
        String group = groupId == null || groupId.isBlank() ? null : groupId.strip();
        GroupTree tree = current.tree();
        Role held;
        if (group == null) {
            held = account.role();
            if (held == null) {
                throw new NotFoundException("user " + user + " holds no role on the organisation");
            }
            organisationRole(account, null);
        } else {
            held = grants.remove(user, group).orElseThrow(() -> new NotFoundException("user " + user
                    + " holds no role on group " + group));
        }
        audit.record(actor, AuditAction.GRANT_REMOVED, "removed by an admin", user + ": " + held.label() + " of "
                + view(new Grant(held, group), tree).where() + (group == null ? "" : " (" + group + ")"));
    }

    private void organisationRole(UserAccount account, Role role) {
        UserAccount changed = new UserAccount(account.name(), account.passwordHash(), role, account.disabled(),
                account.createdAt(), account.failedSignIns(), account.lockedUntil());
        AccountPolicy.refuseWithoutAdmin(users.all().stream().map(other -> other.name().equals(account.name())
                ? changed : other).toList()).ifPresent(reason -> {
                    throw new ResponseStatusException(HttpStatus.CONFLICT, reason);
                });
        users.update(changed, false);
    }
}

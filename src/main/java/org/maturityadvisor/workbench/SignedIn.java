package org.maturityadvisor.workbench;

import org.maturityadvisor.security.Role;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the signed-in user may do, as the pages need to know it: which links and controls to offer. The security
 * rules still decide every request; this only keeps the pages from offering what would be refused.
 *
 * @param name     the signed-in user, or null for an anonymous visitor
 * @param viewer   may read teams, the portfolio and rule sets
 * @param assessor may register teams and store assessments
 * @param analyst  may upload drafts, publish and roll back
 * @param admin    may force past a failing gate and read the audit log
 */
record SignedIn(String name, boolean viewer, boolean assessor, boolean analyst, boolean admin) {

    static final SignedIn ANONYMOUS = new SignedIn(null, false, false, false, false);

    static SignedIn of(HttpServletRequest request) {
        String name = request.getRemoteUser();
        if (name == null || name.isBlank()) {
            return ANONYMOUS;
        }
        return new SignedIn(name, Role.VIEWER.heldBy(request), Role.ASSESSOR.heldBy(request),
                Role.ANALYST.heldBy(request), Role.ADMIN.heldBy(request));
    }

    public boolean signedIn() {
        return name != null;
    }
}

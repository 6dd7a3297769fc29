package org.maturityadvisor.workbench;

import jakarta.servlet.http.HttpServletRequest;

/** Who acts on a page: the signed-in user once security is in place, "anonymous" until then. */
final class Actor {

    private Actor() {
    }

    static String of(HttpServletRequest request) {
        String user = request.getRemoteUser();
        return user == null || user.isBlank() ? "anonymous" : user;
    }
}

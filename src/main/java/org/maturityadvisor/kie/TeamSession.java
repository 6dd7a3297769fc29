package org.maturityadvisor.kie;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.maturityadvisor.assessment.ContextValue;
import org.maturityadvisor.assessment.TeamContext;
import org.maturityadvisor.catalog.Answer;

/**
 * A pooled session and the team facts it holds from its last evaluation: the context (with its declared values) and
 * each practice's answer, by practice id, with their handles. Used by one evaluation at a time.
 */
final class TeamSession {

    private final KieSession session;
    private TeamContext context;
    private FactHandle contextHandle;
    private final List<FactHandle> contextValues = new ArrayList<>();
    /** The answers in the session, by practice, and their handles. */
    final Map<String, Answer> current = new HashMap<>();
    final Map<String, FactHandle> answers = new HashMap<>();

    TeamSession(KieSession session) {
        this.session = session;
    }

    KieSession session() {
        return session;
    }

    /** Brings the session's context to {@code wanted}: nothing to do when it is the last team's. */
    void context(TeamContext wanted) {
        if (wanted.equals(context)) {
            return;
        }
        if (contextHandle != null) {
            contextValues.forEach(session::delete);
            contextValues.clear();
            session.delete(contextHandle);
        }
        context = null; // until every fact of the new one is in
        contextHandle = session.insert(wanted);
        wanted.declared().forEach((field, value) -> contextValues.add(session.insert(new ContextValue(field, value))));
        context = wanted;
    }
}

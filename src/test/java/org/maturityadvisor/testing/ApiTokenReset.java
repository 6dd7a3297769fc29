package org.maturityadvisor.testing;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Forgets {@link Api}'s admin token for a port whenever a test server starts on it: a context the test cache closed
 * frees its random port, a later context may get the same one, and a token of the closed server's database would be
 * refused there (401 "credentials refused" in tests that never touched a credential). Registered for every test
 * application in {@code META-INF/spring.factories}.
 */
public final class ApiTokenReset implements ApplicationListener<WebServerInitializedEvent> {

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        Api.forget(event.getWebServer().getPort());
    }
}

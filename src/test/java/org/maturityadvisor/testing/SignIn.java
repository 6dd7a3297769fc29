package org.maturityadvisor.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Signing in, in tests: the admin every test context starts with ({@code maturity.security.admin-password} in
 * src/test/resources/config), and users created through the admin API with a password derived from their name.
 */
public final class SignIn {

    public static final String ADMIN_PASSWORD = "test-admin-password";

    private SignIn() {
    }

    public static String admin() {
        return basic("admin", ADMIN_PASSWORD);
    }

    /** The Authorization header of a user made by {@link #createUser}. */
    public static String as(String user) {
        return basic(user, password(user));
    }

    public static String password(String user) {
        return user + "-password";
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Creates the user with this role (viewer, assessor, analyst, admin) unless it exists; returns its header. */
    public static String createUser(String baseUrl, String user, String role) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(baseUrl + "/api/users")).header("Authorization", admin())
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"name\": \"" + user + "\", \"password\": \"" + password(user) + "\", \"role\": \""
                                    + role + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201 && response.statusCode() != 409) {
                throw new IllegalStateException("cannot create user " + user + ": " + response.statusCode() + " "
                        + response.body());
            }
            return as(user);
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException("cannot create user " + user, e);
        }
    }
}

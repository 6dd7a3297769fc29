package org.maturityadvisor.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The rule-set life cycle of a running service, from a terminal or a CI pipeline: upload a draft and read its report,
 * publish, roll back, list, download, and read the audit log. A thin client of the HTTP API, signed in with a personal
 * API token ({@code --token} or {@code MATURITY_TOKEN}) or a user and password ({@code --user}; the password from
 * {@code MATURITY_PASSWORD}, else asked for on the console, else read from the first line of standard input).
 */
@Command(name = "rulesets", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = "Drafts, publishing and rollback on a running service (its HTTP API).",
        subcommands = {RulesetsCommand.Draft.class, RulesetsCommand.Publish.class, RulesetsCommand.Rollback.class,
                RulesetsCommand.ListVersions.class, RulesetsCommand.Report.class, RulesetsCommand.Download.class,
                RulesetsCommand.Audit.class})
final class RulesetsCommand {

    @Option(names = "--url", defaultValue = "${env:MATURITY_URL:-http://localhost:8080}",
            description = "The service (default ${DEFAULT-VALUE}; env MATURITY_URL).")
    String url;

    @Option(names = "--token", defaultValue = "${env:MATURITY_TOKEN}",
            description = "A personal API token (POST /api/tokens; env MATURITY_TOKEN).")
    String token;

    @Option(names = "--user", description = "Sign in as this user; the password comes from MATURITY_PASSWORD, "
            + "else the console asks for it, else it is the first line of standard input.")
    String user;

    private HttpClient http;
    private String authorization;

    HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        String signIn = authorization();
        if (signIn != null) {
            request.header("Authorization", signIn);
        }
        if (http == null) {
            // made when first needed, not per command object: picocli creates every command at start, and an
            // HttpClient costs its TLS set-up even for commands that never connect
            http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        }
        return http.send(request.timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Bearer for a token, Basic for a user (the password asked for once); none: anonymous. */
    private String authorization() throws IOException {
        if (authorization == null && token != null && !token.isBlank()) {
            authorization = "Bearer " + token.strip();
        } else if (authorization == null && user != null) {
            String credentials = user + ":" + Passwords.read(user);
            authorization = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        }
        return authorization;
    }

    URI uri(String path) {
        return URI.create(url.replaceAll("/+$", "") + path);
    }

    /** Prints the body; a refusal or an error goes to standard error with a non-zero exit code. */
    static int print(HttpResponse<byte[]> response, PrintWriter out, PrintWriter err, int whenRefused) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        if (response.statusCode() / 100 == 2) {
            out.println(body);
            return 0;
        }
        err.println("HTTP " + response.statusCode() + ": " + body);
        if (response.statusCode() == 401) {
            err.println("Sign in with --token (or MATURITY_TOKEN) or --user NAME (password from MATURITY_PASSWORD).");
        }
        return response.statusCode() == 404 || response.statusCode() == 400 ? Cli.USAGE : whenRefused;
    }

    abstract static class Sub implements Callable<Integer> {
        @ParentCommand
        RulesetsCommand parent;

        @Spec
        CommandSpec spec;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        PrintWriter err() {
            return spec.commandLine().getErr();
        }

        /** GETs a path and prints the answer; exit 5 when the service refuses. */
        int get(String path) throws IOException, InterruptedException {
            return print(parent.send(HttpRequest.newBuilder(parent.uri(path)).GET()), out(), err(), Cli.REFUSED);
        }

        /** GETs a path and prints the answer as text, or as the service's JSON with {@code --json}. */
        int get(String path, AdvisorCommand.JsonOption output, Function<String, String> text)
                throws IOException, InterruptedException {
            return printAs(parent.send(HttpRequest.newBuilder(parent.uri(path)).GET()), output, text);
        }

        /** POSTs a JSON body and prints the answer as text, or JSON with {@code --json}; exit 5 when refused. */
        int postJson(String path, Object body, AdvisorCommand.JsonOption output, Function<String, String> text)
                throws IOException, InterruptedException {
            return printAs(parent.send(HttpRequest.newBuilder(parent.uri(path)).header("Content-Type",
                    "application/json").POST(HttpRequest.BodyPublishers.ofString(Json.write(body)))), output, text);
        }

        private int printAs(HttpResponse<byte[]> response, AdvisorCommand.JsonOption output,
                            Function<String, String> text) {
            if (output.json || response.statusCode() / 100 != 2) {
                return print(response, out(), err(), Cli.REFUSED);
            }
            out().println(text.apply(new String(response.body(), StandardCharsets.UTF_8)));
            return 0;
        }
    }

    @Command(name = "draft", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = "Uploads a table (replacing its namesake) or a zip of the rules directory "
            + "as a draft and prints its report: exit 0 publishable, 1 a scenario fails, 4 invalid.")
    static final class Draft extends Sub {
        @Parameters(paramLabel = "FILE", description = "A *.drl.xlsx, *.drl.csv, practices.csv or a .zip.")
        Path file;

        @Option(names = "--comment", defaultValue = "", description = "Why, for the version list.")
        String comment;

        @Mixin
        AdvisorCommand.JsonOption output;

        @Override
        public Integer call() throws Exception {
            InputFiles.readableFile(spec, file, "draft file");
            String boundary = "----maturity" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(Files.readAllBytes(file));
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpResponse<byte[]> response = parent.send(HttpRequest.newBuilder(parent.uri("/api/rulesets/drafts?comment="
                            + URLEncoder.encode(comment, StandardCharsets.UTF_8)))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
            String json = new String(response.body(), StandardCharsets.UTF_8);
            if (response.statusCode() == 422) {
                (output.json ? out() : err()).println(output.json ? json : RulesetsText.draft(json));
                return Cli.INVALID_RULES;
            }
            if (response.statusCode() / 100 != 2) {
                return print(response, out(), err(), Cli.REFUSED);
            }
            out().println(output.json ? json : RulesetsText.draft(json));
            return json.contains("\"publishable\":true") ? 0 : Cli.CHECK_FAILED;
        }
    }

    @Command(name = "publish", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = "Makes a version active on every replica (exit 5 when refused).")
    static final class Publish extends Sub {
        @Parameters(paramLabel = "ID", description = "The version's seq or content hash.")
        String id;

        @Option(names = "--force", description = "Past a failing scenario gate (admins only; needs --reason).")
        boolean force;

        @Option(names = "--reason", defaultValue = "", description = "Why, for the audit log.")
        String reason;

        @Option(names = "--rebase", description = "A draft built on a version no longer active: apply its own file "
                + "changes to the active version, check and gate them again, and publish that.")
        boolean rebase;

        @Mixin
        AdvisorCommand.JsonOption output;

        @Override
        public Integer call() throws Exception {
            return postJson("/api/rulesets/" + id + "/publish", Map.of("force", force, "reason", reason,
                    "rebase", rebase), output,
                    body -> "Published " + RulesetsText.version(body));
        }
    }

    @Command(name = "rollback", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = "Undoes the publish of the active version (exit 5 when refused).")
    static final class Rollback extends Sub {
        @Parameters(paramLabel = "ID", description = "The active version's seq or content hash.")
        String id;

        @Option(names = "--force", description = "Back to a version whose gate was closed (admins only; needs "
                + "--reason).")
        boolean force;

        @Option(names = "--reason", defaultValue = "", description = "Why, for the audit log.")
        String reason;

        @Mixin
        AdvisorCommand.JsonOption output;

        @Override
        public Integer call() throws Exception {
            return postJson("/api/rulesets/" + id + "/rollback", Map.of("force", force, "reason", reason), output,
                    body -> "Rolled back; active now: " + RulesetsText.version(body));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = "Lists the versions, newest first, the active one marked with *; --json for machines.")
    static final class ListVersions extends Sub {
        @Mixin
        AdvisorCommand.JsonOption output;

        @Override
        public Integer call() throws Exception {
            return get("/api/rulesets", output, body -> RulesetsText.versions(body));
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = "Prints a draft's report as text; --json for machines.")
    static final class Report extends Sub {
        @Parameters(paramLabel = "ID")
        String id;

        @Mixin
        AdvisorCommand.JsonOption output;

        @Override
        public Integer call() throws Exception {
            return get("/api/rulesets/" + id + "/report" + (output.json ? "" : "?format=text"));
        }
    }

    @Command(name = "download", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = "Saves a version's files as a zip.")
    static final class Download extends Sub {
        @Parameters(paramLabel = "ID")
        String id;

        @Parameters(paramLabel = "ZIP", index = "1")
        Path target;

        @Override
        public Integer call() throws Exception {
            HttpResponse<byte[]> response = parent.send(HttpRequest.newBuilder(parent.uri("/api/rulesets/" + id))
                    .GET());
            if (response.statusCode() != 200) {
                return print(response, out(), err(), Cli.REFUSED);
            }
            Files.write(target, response.body());
            out().println("Saved " + target + " (" + response.body().length + " bytes)");
            return 0;
        }
    }

    @Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = "Prints the audit log, newest first; --json for machines.")
    static final class Audit extends Sub {
        @Mixin
        AdvisorCommand.JsonOption output;

        @Override
        public Integer call() throws Exception {
            return get("/api/audit", output, body -> RulesetsText.audit(body));
        }
    }
}

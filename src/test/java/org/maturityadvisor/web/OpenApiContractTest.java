package org.maturityadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.Api;
import org.maturityadvisor.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import io.swagger.v3.oas.annotations.Operation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The served OpenAPI document can drive a client (issue 27): every operation has an id chosen for what it does (never
 * a Java method name such as {@code assess_1}), typed request and response schemas, {@code application/json} and
 * {@code application/problem+json} and never {@code *}{@code /*}; and the real answers of the main calls validate
 * against the schemas the document serves for them, with no member the schema does not name. Endpoints added later
 * are held to the same rules by the first three tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** lowerCamelCase, a verb and at least one more word: assessTeam, listAuditEntries. */
    private static final Pattern VERB_NOUN = Pattern.compile("[a-z]+(?:[A-Z][a-z0-9]*)+");
    private static final Set<String> JSON_TYPES = Set.of("application/json", "application/problem+json");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private Api api;
    private JsonNode document;

    @BeforeEach
    void served() {
        api = new Api(port);
        document = JSON.readTree(api.get("/v3/api-docs").body());
    }

    @Test
    void everyApiHandlerNamesItsOperationDeliberately() {
        Set<String> unnamed = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            boolean api = info.getPatternValues().stream().anyMatch(path -> path.startsWith("/api/"));
            Operation operation = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), Operation.class);
            if (api && (operation == null || !VERB_NOUN.matcher(operation.operationId()).matches())) {
                unnamed.add(handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName() + " "
                        + info.getPatternValues());
            }
        });
        assertThat(unnamed).as("handlers under /api/ without @Operation(operationId = \"verbNoun\")").isEmpty();
    }

    /** A handler that reads a body documents one: a generated client has no other way to know it must send it. */
    @Test
    void everyHandlerThatReadsABodyDocumentsIt() {
        Set<String> undocumented = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            boolean readsBody = java.util.Arrays.stream(handler.getMethodParameters()).anyMatch(parameter ->
                    parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class)
                            || org.springframework.http.HttpEntity.class.isAssignableFrom(parameter.getParameterType()));
            if (!readsBody) {
                return;
            }
            info.getPatternValues().stream().filter(path -> path.startsWith("/api/")).forEach(path ->
                    info.getMethodsCondition().getMethods().forEach(method -> {
                        JsonNode operation = document.path("paths").path(path.replaceAll("\\{([^}:]+):[^}]*}", "{$1}"))
                                .path(method.name().toLowerCase(java.util.Locale.ROOT));
                        if (!operation.isMissingNode() && operation.path("requestBody").path("content").isEmpty()) {
                            undocumented.add(method + " " + path);
                        }
                    }));
        });
        assertThat(undocumented).as("operations whose handler reads a body the document does not declare").isEmpty();
    }

    @Test
    void operationIdsAreUniqueAndNamedForWhatTheyDo() {
        Map<String, String> seen = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        operations((path, method, operation) -> {
            String id = operation.path("operationId").asString("");
            if (!VERB_NOUN.matcher(id).matches() || id.matches(".*_\\d+")) {
                wrong.add(method + " " + path + ": " + id);
            }
            String other = seen.put(id, method + " " + path);
            if (other != null) {
                wrong.add(id + " is both " + other + " and " + method + " " + path);
            }
        });
        assertThat(wrong).isEmpty();
        assertThat(seen).containsKeys("assessTeam", "simulateWhatIf", "registerTeam", "storeAssessment",
                "publishRuleSet", "rollbackRuleSet", "listAssessments", "getAssessment", "simulatePath");
    }

    @Test
    void everyOperationDeclaresTypedJsonBodiesAndProblemsAndNeverAnyType() {
        List<String> untyped = new ArrayList<>();
        operations((path, method, operation) -> {
            String where = method + " " + path;
            operation.path("requestBody").path("content").properties().forEach(media -> {
                if (media.getKey().contains("json") && !typed(media.getValue().path("schema"))) {
                    untyped.add(where + " request " + media.getKey() + ": " + media.getValue().path("schema"));
                }
            });
            operation.path("responses").properties().forEach(response -> {
                String code = response.getKey();
                JsonNode content = response.getValue().path("content");
                content.properties().forEach(media -> {
                    String type = media.getKey();
                    JsonNode schema = media.getValue().path("schema");
                    if (type.equals("*/*")) {
                        untyped.add(where + " " + code + ": */*");
                    } else if (code.startsWith("2") && type.contains("json") && !typed(schema)) {
                        untyped.add(where + " " + code + " " + type + ": " + schema);
                    } else if (!code.startsWith("2") && (!type.equals("application/problem+json")
                            || !schema.path("$ref").asString("").equals("#/components/schemas/Problem"))) {
                        untyped.add(where + " " + code + " " + type + ": a failure answers application/problem+json");
                    }
                });
                if (!code.startsWith("2") && content.isEmpty()) {
                    untyped.add(where + " " + code + ": no problem declared");
                }
            });
            boolean answers = false;
            for (var response : operation.path("responses").properties()) {
                answers |= response.getKey().startsWith("2");
            }
            if (!answers) {
                untyped.add(where + ": no 2xx response");
            }
        });
        assertThat(untyped).isEmpty();
    }

    @Test
    void noTwoApiTypesShareASchemaName() {
        Map<String, Set<Class<?>>> byName = new TreeMap<>();
        Set<Type> walked = new HashSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (info.getPatternValues().stream().anyMatch(path -> path.startsWith("/api/"))) {
                Method method = handler.getMethod();
                walk(method.getGenericReturnType(), byName, walked);
                for (var parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(RequestBody.class)) {
                        walk(parameter.getParameterizedType(), byName, walked);
                    }
                }
            }
        });
        byName.values().removeIf(classes -> classes.size() < 2);
        assertThat(byName).as("types that would share one schema: give each a name in ApiSchemaTypes.NAMES (or "
                + "@Schema(name = ...) where the package may use it)").isEmpty();
    }

    @Test
    void realAnswersOfTheMainCallsValidateAgainstTheServedSchemas() throws Exception {
        String team = Files.readString(Path.of("docs/examples/team.json"));
        ObjectNode input = (ObjectNode) JSON.readTree(team);
        List<String> failures = new ArrayList<>();
        String id = "contract-" + Long.toString(System.nanoTime(), 36);

        check(failures, "POST", "/api/assessments", "/api/assessments", team, 200);
        check(failures, "POST", "/api/assessments", "/api/assessments?view=summary", team, 200);
        check(failures, "POST", "/api/teams", "/api/teams", "{\"name\": \"Contract " + id + "\", \"id\": \"" + id
                + "\"}", 201);
        check(failures, "POST", "/api/teams/{id}/assessments", "/api/teams/" + id + "/assessments", team
                .replace("Payments ML", "Contract " + id), 201);
        check(failures, "GET", "/api/teams/{id}/assessments", "/api/teams/" + id + "/assessments?limit=1", null, 200);
        check(failures, "GET", "/api/teams/{id}/assessments/{seq}", "/api/teams/" + id + "/assessments/1", null, 200);
        check(failures, "GET", "/api/teams/{id}/assessments/{seq}/explain", "/api/teams/" + id
                + "/assessments/1/explain", null, 200);
        check(failures, "GET", "/api/teams/{id}", "/api/teams/" + id, null, 200);
        check(failures, "GET", "/api/teams", "/api/teams", null, 200);
        check(failures, "GET", "/api/teams/{id}/freshness", "/api/teams/" + id + "/freshness", null, 200);
        check(failures, "GET", "/api/teams/{id}/roadmap", "/api/teams/" + id + "/roadmap", null, 200);
        check(failures, "POST", "/api/simulations", "/api/simulations", input.deepCopy().set("plans",
                JSON.readTree("[{\"name\": \"pipeline\", \"changes\": {\"release.method\": \"ci-cd-pipeline\", "
                        + "\"creation.model-versioning\": null}}]")).toString(), 200);
        check(failures, "POST", "/api/simulations/path", "/api/simulations/path", input.deepCopy()
                .put("model", "microsoft").put("target", 2).toString(), 200);
        check(failures, "POST", "/api/simulations/impact", "/api/simulations/impact", team, 200);
        check(failures, "POST", "/api/simulations/next-steps", "/api/simulations/next-steps", team, 200);
        check(failures, "POST", "/api/simulations/roadmap", "/api/simulations/roadmap", team, 200);
        check(failures, "POST", "/api/teams/{id}/plans", "/api/teams/" + id + "/plans",
                "{\"name\": \"pipeline\", \"changes\": {\"release.method\": \"ci-cd-pipeline\"}}", 201);
        check(failures, "GET", "/api/teams/{id}/plans", "/api/teams/" + id + "/plans", null, 200);
        check(failures, "GET", "/api/teams/{id}/plans/compare", "/api/teams/" + id + "/plans/compare", null, 200);
        check(failures, "POST", "/api/teams/{id}/tokens", "/api/teams/" + id + "/tokens",
                "{\"name\": \"ci\", \"days\": 1}", 201, SignIn.admin()); // a password sign-in, not a token
        check(failures, "GET", "/api/teams/{id}/tokens", "/api/teams/" + id + "/tokens", null, 200);
        check(failures, "POST", "/api/tokens", "/api/tokens", "{\"name\": \"" + id + "\", \"role\": \"viewer\", "
                + "\"expiresInDays\": 1}", 201, SignIn.admin());
        check(failures, "GET", "/api/tokens", "/api/tokens", null, 200);
        check(failures, "POST", "/api/users", "/api/users", "{\"name\": \"" + id + "\", \"password\": "
                + "\"a-long-enough-password\", \"role\": \"viewer\"}", 201);
        check(failures, "GET", "/api/users", "/api/users", null, 200);
        for (String path : List.of("/api/portfolio", "/api/portfolio/teams", "/api/models", "/api/practices",
                "/api/context-fields", "/api/me", "/api/rulesets", "/api/audit", "/api/imports")) {
            check(failures, "GET", path, path, null, 200);
        }
        check(failures, "GET", "/api/exports/assessments", "/api/exports/assessments?team=" + id
                + "&includeResult=true", null, 200);
        // problems: a field at fault, a team that does not exist, a team that does
        check(failures, "POST", "/api/assessments", "/api/assessments", "{\"answers\": {\"release.methd\": 1}}", 400);
        check(failures, "GET", "/api/teams/{id}", "/api/teams/no-such-team", null, 404);
        check(failures, "POST", "/api/teams", "/api/teams", "{\"name\": \"Contract " + id + "\", \"id\": \"" + id
                + "\"}", 409);

        Files.write(Path.of("target", "openapi-contract-failures.txt"), failures);
        assertThat(failures).as("every failure is in target/openapi-contract-failures.txt").isEmpty();
    }

    /** Calls {@code url} as the admin and checks the answer against the schema served for its status and type. */
    private void check(List<String> failures, String method, String template, String url, String body, int status) {
        check(failures, method, template, url, body, status, null);
    }

    private void check(List<String> failures, String method, String template, String url, String body, int status,
                       String authorization) {
        HttpRequest.Builder request = (authorization == null ? api.request(url)
                : api.anonymous(url).header("Authorization", authorization)).header("Accept", "application/json");
        request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = api.send(request);
        String where = method + " " + url + " -> " + response.statusCode();
        if (response.statusCode() != status) {
            failures.add(where + ", expected " + status + ": " + response.body());
            return;
        }
        String type = response.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", "").strip();
        JsonNode schema = document.path("paths").path(template).path(method.toLowerCase()).path("responses")
                .path(String.valueOf(status)).path("content").path(type).path("schema");
        if (schema.isMissingNode()) {
            failures.add(where + ": the document declares no " + type + " answer for " + status);
            return;
        }
        ObjectNode strict = (ObjectNode) schema.deepCopy();
        strict.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        strict.set("components", closed(document.path("components").deepCopy()));
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(strict)
                .validate(JSON.readTree(response.body())).forEach(error -> failures.add(where + ": " + error));
    }

    /** The component schemas, each object schema closed: a member of the answer that no schema names is a failure. */
    private static JsonNode closed(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (object.has("properties") && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            object.properties().forEach(entry -> closed(entry.getValue()));
        } else if (node.isArray()) {
            node.forEach(OpenApiContractTest::closed);
        }
        return node;
    }

    /** A schema a client can type: a component, an object with properties, an array of typed items, or a union. */
    private static boolean typed(JsonNode schema) {
        if (schema.has("$ref")) {
            return true;
        }
        for (String union : new String[] {"anyOf", "oneOf", "allOf"}) {
            if (schema.has(union)) {
                boolean all = true;
                for (JsonNode part : schema.get(union)) {
                    all &= typed(part);
                }
                return all;
            }
        }
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asString("")
                : schema.path("type").asString("");
        return switch (type) {
            case "array" -> typed(schema.path("items"));
            case "object" -> schema.has("properties");
            default -> false;
        };
    }

    private interface OperationVisitor {
        void visit(String path, String method, JsonNode operation);
    }

    private void operations(OperationVisitor visitor) {
        document.path("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(method -> visitor.visit(path.getKey(), method.getKey().toUpperCase(), method.getValue())));
    }

    private static void walk(Type type, Map<String, Set<Class<?>>> byName, Set<Type> walked) {
        if (!walked.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            walk(parameterized.getRawType(), byName, walked);
            for (Type argument : parameterized.getActualTypeArguments()) {
                walk(argument, byName, walked);
            }
            return;
        }
        if (!(type instanceof Class<?> type1) || !type1.getName().startsWith("org.maturityadvisor")) {
            return;
        }
        Class<?> raw = type1;
        if (raw.isEnum() || raw.getTypeParameters().length > 0 && !raw.isRecord()) {
            return;
        }
        if (raw.getTypeParameters().length == 0) {
            io.swagger.v3.oas.annotations.media.Schema named =
                    raw.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
            String name = ApiSchemaTypes.NAMES.getOrDefault(raw, named != null && !named.name().isEmpty()
                    ? named.name() : raw.getSimpleName());
            byName.computeIfAbsent(name, key -> new HashSet<>()).add(raw);
        }
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                walk(component.getGenericType(), byName, walked);
            }
        }
    }
}

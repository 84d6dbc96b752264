package news.parallax.robustness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import news.parallax.testing.Api;
import news.parallax.testing.Fixtures;
import news.parallax.testing.OwnDatabase;
import news.parallax.testing.RawHttp.Answer;
import news.parallax.testing.RawHttp;

/**
 * A contract fuzzer: walks every operation of openapi.yaml and sends, for each parameter and
 * each body property, values of the wrong type, out of bounds, badly encoded, cursors of other
 * lists, dates outside what the product holds, nulls (also inside arrays), malformed headers and
 * malformed bodies, with a hostile Host header. It asserts that nothing answers 5xx, that every
 * answer matches the contract (4xx as problem documents), that no link names the Host the
 * client sent, and that what a create or update accepted reads back as sent.
 * <p>
 * Seeded ({@code -Dparallax.fuzz.seed=...}, default 17) and bounded in time
 * ({@code -Dparallax.fuzz.seconds=...}, default 75); the seed and the counts are printed.
 */
@QuarkusTest
@TestProfile(OwnDatabase.class)
class ContractFuzzTest {

    private static final long SEED = Long.getLong("parallax.fuzz.seed", 17L);
    private static final long BUDGET_MILLIS = 1000 * Long.getLong("parallax.fuzz.seconds", 75L);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());
    private static final String EVIL_HOST = "evil.example";
    private static final String MISSING_ID = "9000000000000";

    /** Creating operations: the body property that must differ per request. */
    private static final Map<String, String> UNIQUE_PROPERTY = Map.of(
            "/outlets", "name", "/speakers", "name", "/events", "title", "/articles", "url",
            "/outlets/{outletId}", "name", "/speakers/{speakerId}", "name", "/articles/{articleId}", "url",
            "/events/{eventId}", "title", "/admin/keys", "name", "/articles/batch", "url");

    private final Random random = new Random(SEED);
    private final OpenApiInteractionValidator validator = OpenApiInteractionValidator
            .createForSpecificationUrl("openapi.yaml").withResolveCombinators(true).build();
    private final Map<String, String> ids = new LinkedHashMap<>();
    private final Map<String, String> cursors = new LinkedHashMap<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private JsonNode contract;
    private long deadline;
    private int sent;
    private int readBack;

    /** One request of the fuzzer. */
    private record Case(String template, String method, List<JsonNode> parameters, Map<String, String> values, byte[] body,
            boolean json, String what) {
    }

    /** The fuzzer starts a re-extraction of the whole database; the tests that follow must not run beside it. */
    @AfterEach
    void awaitReextractionStartedByTheFuzzer() {
        Fixtures.awaitReextraction();
    }

    @Test
    void everyOperationAnswersHostileInputAsTheContractSays() throws Exception {
        contract = load();
        fixtures();
        List<List<Case>> perOperation = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : List.of("get", "post", "put", "patch", "delete")) {
                JsonNode operation = path.getValue().path(method);
                if (!operation.isMissingNode()) {
                    List<Case> cases = cases(path.getKey(), method.toUpperCase(Locale.ROOT), operation, path.getValue().path("parameters"));
                    java.util.Collections.shuffle(cases, random);
                    perOperation.add(cases);
                }
            }
        }
        // round robin over the operations, so that a time budget cut short still covers every one of them
        int planned = perOperation.stream().mapToInt(List::size).sum();
        deadline = System.currentTimeMillis() + BUDGET_MILLIS;
        java.util.Set<String> covered = new java.util.TreeSet<>();
        for (int round = 0; System.currentTimeMillis() < deadline; round++) {
            boolean any = false;
            for (List<Case> cases : perOperation) {
                if (round < cases.size() && System.currentTimeMillis() < deadline) {
                    Case c = cases.get(round);
                    send(c);
                    covered.add(c.method() + " " + c.template());
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        System.out.printf("Contract fuzzer (seed %d): %d of %d operations, %d of %d planned requests sent, statuses %s, "
                + "%d accepted writes read back, %d failures%n", SEED, covered.size(), perOperation.size(), sent, planned, statuses,
                readBack, failures.size());
        assertTrue(failures.isEmpty(), failures.size() + " failures, the first ones:\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        assertTrue(covered.size() == perOperation.size(), "only " + covered.size() + " of " + perOperation.size()
                + " operations were fuzzed in the time budget");
        assertTrue(sent > 1500, "only " + sent + " requests were sent");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Fixtures: real ids for path parameters, and a cursor of every list to send to the others.

    private void fixtures() throws Exception {
        String outlet = created("/outlets", "{\"name\":\"" + Api.unique("Fuzz outlet") + "\",\"kind\":\"online\"}");
        created("/outlets", "{\"name\":\"" + Api.unique("Fuzz outlet") + "\",\"kind\":\"online\"}");
        String speaker = created("/speakers", "{\"name\":\"" + Api.unique("Fuzz speaker") + "\"}");
        created("/speakers", "{\"name\":\"" + Api.unique("Fuzz speaker") + "\"}");
        String event = created("/events?force=true", "{\"title\":\"" + Api.unique("Fuzz event") + "\",\"startDate\":\"2018-05-29\"}");
        created("/events?force=true", "{\"title\":\"" + Api.unique("Fuzz event") + "\",\"startDate\":\"2018-05-30\"}");
        String body = "قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات كانت مثمرة. Lavrov said the talks were useful.";
        String article = created("/articles", JSON.writeValueAsString(Map.of("url", Fixtures.uniqueUrl("fuzz"), "body", body,
                "publishedAt", "2018-05-29T10:00:00Z", "outlet", outlet)));
        created("/articles", JSON.writeValueAsString(Map.of("url", Fixtures.uniqueUrl("fuzz"), "body", body,
                "publishedAt", "2018-05-29T11:00:00Z", "outlet", outlet)));
        String claim = created("/articles/" + article + "/claims",
                "{\"span\":{\"start\":0,\"end\":3},\"kind\":\"assertion\",\"speaker\":\"" + speaker + "\"}");
        created("/articles/" + article + "/claims", "{\"span\":{\"start\":4,\"end\":8},\"kind\":\"assertion\",\"speaker\":\"" + speaker + "\"}");
        RawHttp.send("PUT", "/events/" + event + "/articles/" + article, null);
        String alias = created("/outlets/" + outlet + "/aliases", "{\"alias\":\"" + Api.unique("Fuzz alias") + "\"}");
        String key = created("/admin/keys", "{\"name\":\"fuzz\",\"role\":\"reader\"}");
        created("/admin/keys", "{\"name\":\"fuzz\",\"role\":\"reader\"}");
        ids.putAll(Map.of("outletId", outlet, "speakerId", speaker, "eventId", event, "articleId", article,
                "claimId", claim, "aliasId", alias, "keyId", key));
        ids.put("storyId", JSON.readTree(RawHttp.send("GET", "/stories?minOutlets=1&limit=1", null).body()).path("items").path(0)
                .path("id").asText());
        for (String list : List.of("/outlets", "/speakers", "/events", "/articles", "/claims", "/admin/keys",
                "/claims/search?q=talks", "/speakers/" + speaker + "/claims", "/outlets/" + outlet + "/claims", "/stories?minOutlets=1")) {
            Answer page = RawHttp.send("GET", list + (list.contains("?") ? "&" : "?") + "limit=1", null);
            String next = JSON.readTree(page.body()).path("next").asText("");
            if (next.contains("cursor=")) {
                cursors.put(list, next.substring(next.indexOf("cursor=") + 7).split("&")[0]);
            }
        }
        assertTrue(cursors.size() >= 6, "cursors of too few lists: " + cursors.keySet());
    }

    private static String created(String path, String body) throws Exception {
        Answer answer = RawHttp.json("POST", path, body);
        assertTrue(answer.status() == 201 || answer.status() == 200, path + ": " + answer);
        return JSON.readTree(answer.body()).get("id").asText();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // One operation: each parameter, then the body.

    private List<Case> cases(String template, String method, JsonNode operation, JsonNode pathLevelParameters) throws Exception {
        List<Case> cases = new ArrayList<>();
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(p -> parameters.add(resolve(p)));
        pathLevelParameters.forEach(p -> parameters.add(resolve(p)));
        JsonNode bodySchema = resolve(operation.path("requestBody").path("content").path("application/json").path("schema"));
        Map<String, String> valid = validParameters(parameters, method);
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            for (String hostile : hostileParameterValues(template, parameter)) {
                if (hostile.isEmpty() && "path".equals(parameter.path("in").asText())) {
                    continue; // "/outlets/" is another path (the list), not an empty id
                }
                Map<String, String> values = new LinkedHashMap<>(valid);
                values.put(name, hostile);
                byte[] body = bodySchema.isMissingNode() ? null : JSON.writeValueAsBytes(baseBody(template, bodySchema));
                cases.add(new Case(template, method, parameters, values, body, true, name + "=" + hostile));
            }
        }
        if (!bodySchema.isMissingNode()) {
            for (Map.Entry<String, byte[]> hostile : hostileBodies(template, bodySchema).entrySet()) {
                boolean json = !hostile.getKey().equals("no Content-Type");
                cases.add(new Case(template, method, parameters, valid, hostile.getValue(), json, "body " + hostile.getKey()));
            }
            // the plain valid body, which must be stored as sent
            cases.add(new Case(template, method, parameters, valid, JSON.writeValueAsBytes(baseBody(template, bodySchema)), true,
                    "valid body"));
        }
        if (parameters.isEmpty() && bodySchema.isMissingNode()) {
            cases.add(new Case(template, method, parameters, valid, null, true, "no input"));
        }
        return cases;
    }

    /** Real ids, so that a hostile value of one parameter is the only thing wrong; deletes aim at nothing. */
    private Map<String, String> validParameters(List<JsonNode> parameters, String method) {
        Map<String, String> values = new LinkedHashMap<>();
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            if ("path".equals(parameter.path("in").asText())) {
                values.put(name, method.equals("DELETE") ? MISSING_ID : ids.getOrDefault(name, "1"));
            } else if (parameter.path("required").asBoolean()) {
                JsonNode schema = resolve(parameter.path("schema"));
                values.put(name, schema.has("enum") ? schema.get("enum").get(0).asText()
                        : parameter.has("example") ? parameter.get("example").asText() : "talks");
            }
        }
        return values;
    }

    private List<String> hostileParameterValues(String template, JsonNode parameter) {
        JsonNode schema = resolve(parameter.path("schema"));
        String type = schema.path("type").asText();
        String format = schema.path("format").asText();
        List<String> values = new ArrayList<>();
        if ("integer".equals(type)) {
            values.addAll(List.of("1.5", "1.0", "abc", "", "-1", "01", "+1", "\u0661", "\u0661\u0660", "\uFF11",
                    "9223372036854775808", "99999999999999999999", "1e3", " 1", "0x10", "%00", "%", "1%G1"));
            if (schema.has("maximum")) {
                values.add(Long.toString(schema.get("maximum").asLong() + 1));
            }
            if (schema.has("minimum")) {
                values.add(Long.toString(schema.get("minimum").asLong() - 1));
            }
        } else if ("date-time".equals(format)) {
            values.addAll(List.of("%2B300000-01-01T00:00:00Z", "-300000-01-01T00:00:00Z", "-4713-11-24T00:00:00Z",
                    "1799-12-31T23:59:59Z", "2201-01-01T00:00:00Z", "2018-05-29", "1527588000", "2018-02-30T00:00:00Z",
                    "2018-05-29T10:00:00", "", "%00"));
        } else if ("date".equals(format)) {
            values.addAll(List.of("1799-12-31", "2201-01-01", "2018-05-29T10:00:00Z", "2018-02-30", "%2B10000-01-01",
                    "-0001-01-01", "1527588000", "", "\u0662\u0660\u0661\u0668-05-29"));
        } else if (schema.has("enum")) {
            String first = schema.get("enum").get(0).asText();
            values.addAll(List.of("", "NOPE", first.toUpperCase(Locale.ROOT) + "X", first + " ", "%00"));
        } else if ("cursor".equals(parameter.path("name").asText())) {
            cursors.forEach((list, cursor) -> {
                if (!list.equals(concreteList(template))) {
                    values.add(cursor);
                }
            });
            String any = cursors.values().iterator().next();
            values.addAll(List.of("MR8yMDE4LTAyLTMw", any.substring(0, any.length() - 2) + "AA", any + "A", "%00", "",
                    "A".repeat(1025), "eyJ9", "===", "AgAAAAAAAAAAAAAAAAAAAAAx"));
        } else {
            int max = schema.path("maxLength").asInt(200);
            values.addAll(List.of("", "a%00b", "x".repeat(max + 1), "%G1", "%", "%C0%AF", "%ED%A0%80", "%FF", "%E2%80%8B",
                    URLEncoder.encode("\u202Eحفتر", StandardCharsets.UTF_8)));
            if ("header".equals(parameter.path("in").asText())) {
                values.removeIf(v -> v.contains("%") || v.length() > 1000);
                values.addAll(List.of("W/\"abc\"", "\"abc\"", "*", "a b", "x".repeat(max + 1), "\u00e9t\u00e9"));
            }
        }
        return values;
    }

    /** The list path (as in {@link #cursors}) that a template answers, so its own cursor is not sent as a foreign one. */
    private String concreteList(String template) {
        return template.replace("{speakerId}", ids.getOrDefault("speakerId", "")).replace("{outletId}", ids.getOrDefault("outletId", ""))
                + (template.equals("/claims/search") ? "?q=talks" : "");
    }

    /** Whole-body and per-property mutations of a valid body, by description. */
    private Map<String, byte[]> hostileBodies(String template, JsonNode schema) throws IOException {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        if ("array".equals(resolve(schema).path("type").asText())) { // a batch: each mutation of one item, sent as a list of it
            for (Map.Entry<String, byte[]> item : hostileBodies(template, resolve(schema).get("items")).entrySet()) {
                byte[] list = new byte[item.getValue().length + 2];
                list[0] = '[';
                System.arraycopy(item.getValue(), 0, list, 1, item.getValue().length);
                list[list.length - 1] = ']';
                bodies.put("item: " + item.getKey(), list);
            }
            bodies.put("empty list", "[]".getBytes(StandardCharsets.UTF_8));
            return bodies;
        }
        String valid = JSON.writeValueAsString(baseBody(template, schema));
        bodies.put("trailing content", (valid + " trailing").getBytes(StandardCharsets.UTF_8));
        bodies.put("two documents", (valid + valid).getBytes(StandardCharsets.UTF_8));
        bodies.put("no Content-Type", valid.getBytes(StandardCharsets.UTF_8));
        bodies.put("empty", new byte[0]);
        bodies.put("null", "null".getBytes(StandardCharsets.UTF_8));
        bodies.put("array", ("[" + valid + "]").getBytes(StandardCharsets.UTF_8));
        bodies.put("string", "\"x\"".getBytes(StandardCharsets.UTF_8));
        bodies.put("unknown field", valid.replaceFirst("\\{", "{\"fuzz\":1,").getBytes(StandardCharsets.UTF_8));
        bodies.put("deep nesting", ("{\"a\":" + "[".repeat(40) + "]".repeat(40) + "}").getBytes(StandardCharsets.UTF_8));
        bodies.put("invalid UTF-8 byte", withBytes(valid, new byte[] {(byte) 0xFF}));
        bodies.put("overlong UTF-8 slash", withBytes(valid, new byte[] {(byte) 0xC0, (byte) 0xAF}));
        bodies.put("UTF-8 surrogate", withBytes(valid, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}));
        bodies.put("truncated UTF-8", withBytes(valid, new byte[] {(byte) 0xD8}));
        ObjectNode base = (ObjectNode) baseBody(template, schema);
        if (base.size() > 0) {
            String first = base.fieldNames().next();
            bodies.put("duplicate key " + first, valid.replaceFirst("\\{", "{\"" + first + "\":" + base.get(first) + ",")
                    .getBytes(StandardCharsets.UTF_8));
        }
        propertyMutations(template, schema, schema, "", null, null, bodies);
        return bodies;
    }

    /** The valid body with {@code bytes} inside the first string value. */
    private static byte[] withBytes(String valid, byte[] bytes) {
        byte[] text = valid.getBytes(StandardCharsets.UTF_8);
        int quote = valid.indexOf(":\"");
        if (quote < 0) {
            return text;
        }
        int at = valid.substring(0, quote + 2).getBytes(StandardCharsets.UTF_8).length;
        byte[] out = new byte[text.length + bytes.length];
        System.arraycopy(text, 0, out, 0, at);
        System.arraycopy(bytes, 0, out, at, bytes.length);
        System.arraycopy(text, at, out, at + bytes.length, text.length - at);
        return out;
    }

    /**
     * Each property of {@code schema} (at {@code pointer} inside the body, "" for the top level) set to each hostile
     * value, in an otherwise valid body; objects and arrays of objects one level down too.
     */
    private void propertyMutations(String template, JsonNode root, JsonNode schema, String pointer, JsonNode parentValue,
            String parentName, Map<String, byte[]> bodies) throws IOException {
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> property = it.next();
            String name = property.getKey();
            JsonNode p = resolve(property.getValue());
            for (Map.Entry<String, JsonNode> value : hostileJsonValues(p).entrySet()) {
                ObjectNode body = (ObjectNode) baseBody(template, root);
                if (parentName != null) {
                    body.set(parentName, parentValue.deepCopy());
                }
                JsonNode target = pointer.isEmpty() ? body : body.at(pointer);
                if (target instanceof ObjectNode object) {
                    object.set(name, value.getValue());
                    bodies.put(pointer + "/" + name + " " + value.getKey(), JSON.writeValueAsBytes(body));
                }
            }
            if (parentName == null && "object".equals(p.path("type").asText()) && p.has("properties")) {
                propertyMutations(template, root, p, "/" + name, example(p), name, bodies);
            } else if (parentName == null && "array".equals(p.path("type").asText())) {
                JsonNode items = resolve(p.path("items"));
                if (items.has("properties")) {
                    propertyMutations(template, root, items, "/" + name + "/0", NODES.arrayNode().add(example(items)), name, bodies);
                }
            }
        }
    }

    private Map<String, JsonNode> hostileJsonValues(JsonNode schema) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        String type = schema.path("type").asText();
        String format = schema.path("format").asText();
        values.put("null", NODES.nullNode());
        values.put("object", NODES.objectNode().put("x", 1));
        switch (type) {
            case "string" -> {
                values.put("number", NODES.numberNode(5));
                values.put("boolean", NODES.booleanNode(true));
                values.put("array", NODES.arrayNode().add("x"));
                if (schema.path("minLength").asInt(0) > 0) {
                    values.put("empty", NODES.textNode(""));
                }
                if (schema.has("maxLength") && schema.get("maxLength").asInt() < 2_000_000) {
                    values.put("too long", NODES.textNode("x".repeat(schema.get("maxLength").asInt() + 1)));
                }
                if (schema.has("enum")) {
                    values.put("not in enum", NODES.textNode("NOPE"));
                }
                if ("date-time".equals(format)) {
                    values.put("year 300000", NODES.textNode("+300000-01-01T00:00:00Z"));
                    values.put("year -4713", NODES.textNode("-4713-11-24T00:00:00Z"));
                    values.put("1799", NODES.textNode("1799-12-31T23:59:59Z"));
                    values.put("epoch number", NODES.numberNode(1527588000L));
                    values.put("epoch string", NODES.textNode("1527588000"));
                    values.put("date only", NODES.textNode("2018-05-29"));
                    values.put("no offset", NODES.textNode("2018-05-29T10:00:00"));
                } else if ("date".equals(format)) {
                    values.put("date-time", NODES.textNode("2018-05-29T10:00:00Z"));
                    values.put("2201", NODES.textNode("2201-01-01"));
                    values.put("1799", NODES.textNode("1799-12-31"));
                    values.put("30 February", NODES.textNode("2018-02-30"));
                    values.put("number", NODES.numberNode(20180529));
                }
                values.put("NUL", NODES.textNode("a\u0000b"));
                values.put("lone surrogate", NODES.textNode("a\uD800b"));
            }
            case "integer" -> {
                values.put("string", NODES.textNode("1"));
                values.put("fraction", NODES.numberNode(1.5));
                values.put("1.0", NODES.numberNode(1.0));
                values.put("huge", NODES.numberNode(new java.math.BigInteger("9223372036854775808")));
                values.put("boolean", NODES.booleanNode(true));
                if (schema.has("minimum")) {
                    values.put("below minimum", NODES.numberNode(schema.get("minimum").asLong() - 1));
                }
                if (schema.has("maximum") && schema.get("maximum").asLong() < Long.MAX_VALUE) {
                    values.put("above maximum", NODES.numberNode(schema.get("maximum").asLong() + 1));
                }
            }
            case "number" -> {
                values.put("string", NODES.textNode("1.5"));
                values.put("boolean", NODES.booleanNode(false));
            }
            case "boolean" -> {
                values.put("string", NODES.textNode("true"));
                values.put("number", NODES.numberNode(1));
            }
            case "array" -> {
                values.put("string", NODES.textNode("x"));
                values.put("[null]", NODES.arrayNode().addNull());
                values.put("[valid, null]", NODES.arrayNode().add(example(resolve(schema.path("items")))).addNull());
                values.put("[[]]", NODES.arrayNode().add(NODES.arrayNode()));
                values.put("[number]", NODES.arrayNode().add(5));
                if (schema.has("maxItems")) {
                    ArrayNode many = NODES.arrayNode();
                    for (int i = 0; i <= schema.get("maxItems").asInt(); i++) {
                        many.add(example(resolve(schema.path("items"))));
                    }
                    values.put("too many items", many);
                }
            }
            case "object" -> values.put("string", NODES.textNode("x"));
            default -> {
            }
        }
        return values;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Sending and checking.

    private void send(Case c) throws Exception {
        String template = c.template();
        String method = c.method();
        Map<String, String> values = c.values();
        byte[] body = c.body();
        boolean json = c.json();
        String what = c.what();
        String path = template;
        StringBuilder query = new StringBuilder();
        List<String> headers = new ArrayList<>();
        for (JsonNode parameter : c.parameters()) {
            String name = parameter.path("name").asText();
            String value = values.get(name);
            if (value == null) {
                continue;
            }
            switch (parameter.path("in").asText()) {
                case "path" -> path = path.replace("{" + name + "}", encodeRaw(value));
                case "query" -> query.append(query.length() == 0 ? "?" : "&").append(name).append('=').append(encodeRaw(value));
                case "header" -> headers.add(name + ": " + value);
                default -> {
                }
            }
        }
        if (body != null && json) {
            headers.add("Content-Type: application/json");
        }
        String target = path + query;
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: " + EVIL_HOST
                + "\r\nX-Forwarded-Host: " + EVIL_HOST + "\r\nAuthorization: Bearer " + Api.ADMIN_KEY
                + "\r\nAccept: application/json, application/problem+json");
        headers.forEach(h -> head.append("\r\n").append(h));
        Answer answer = RawHttp.send(head.toString().getBytes(StandardCharsets.UTF_8), body);
        sent++;
        statuses.merge(answer.status(), 1, Integer::sum);
        String label = method + " " + target.substring(0, Math.min(160, target.length())) + " [" + what.substring(0, Math.min(120,
                what.length())) + "]";
        check(label, template, path, method, answer);
        if (answer.status() / 100 == 2 && body != null && json && !method.equals("DELETE") && !template.equals("/extract")) {
            readBack(label, method, path, body, answer);
        }
    }

    /** Parameter values are sent as written: already percent-encoded where the test means it, raw otherwise (UTF-8). */
    private static String encodeRaw(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(cp -> {
            if (cp > 0x7E || cp == ' ' || cp == '"') {
                out.append(URLEncoder.encode(new String(Character.toChars(cp)), StandardCharsets.UTF_8).replace("+", "%20"));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private void check(String label, String template, String path, String method, Answer answer) {
        if (answer.status() >= 500) {
            failures.add(label + " answered " + answer.status() + ": " + answer.body());
            return;
        }
        if (answer.status() >= 400 && !"application/problem+json".equals(answer.contentType())) {
            failures.add(label + " answered " + answer.status() + " without a problem document: " + answer);
            return;
        }
        for (String header : List.of("Location", "Link", "Content-Location")) {
            String value = answer.header(header);
            if (value != null && value.contains(EVIL_HOST)) {
                failures.add(label + " reflected the Host header in " + header + ": " + value);
            }
        }
        if (answer.body().contains("//" + EVIL_HOST)) {
            failures.add(label + " reflected the Host header in the body");
        }
        SimpleResponse.Builder response = new SimpleResponse.Builder(answer.status());
        if (!answer.body().isEmpty()) {
            response.withBody(answer.body()).withContentType(answer.header("Content-Type"));
        }
        answer.headers().forEach((name, value) -> {
            if (!name.equals("content-type")) {
                response.withHeader(name, value);
            }
        });
        ValidationReport report = validator.validateResponse(path.contains("%") || path.contains(" ") ? template : path,
                Request.Method.valueOf(method), response.build());
        for (ValidationReport.Message message : report.getMessages()) {
            // the request breaks the contract on purpose; only what the service answered is judged
            if (message.getLevel() == ValidationReport.Level.ERROR && !message.getKey().startsWith("validation.request.")
                    && !message.getKey().equals("validation.response.path.missing")) {
                failures.add(label + " answered " + answer.status() + " against the contract: " + message.getKey() + " "
                        + message.getMessage());
            }
        }
    }

    /** What a create or update accepted must read back as sent: every scalar property the resource shows. */
    private void readBack(String label, String method, String path, byte[] body, Answer answer) throws IOException {
        JsonNode sentBody = JSON.readTree(body);
        String location = answer.header("Location");
        String resource = location != null ? Api.local(location) : method.equals("POST") ? null : path;
        if (resource == null || !sentBody.isObject()) {
            return;
        }
        Answer stored = RawHttp.send("GET", resource, null);
        if (stored.status() != 200) {
            return; // e.g. an alias, which has no resource of its own
        }
        JsonNode read = JSON.readTree(stored.body());
        for (Iterator<Map.Entry<String, JsonNode>> it = sentBody.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode back = read.get(field.getKey());
            if (back == null || !field.getValue().isValueNode() || !back.isValueNode()) {
                continue;
            }
            if (!sameValue(field.getValue(), back)) {
                failures.add(label + " stored " + field.getKey() + " as " + back + " though " + field.getValue() + " was sent");
            }
        }
        readBack++;
    }

    private static boolean sameValue(JsonNode sent, JsonNode back) {
        if (sent.isTextual() && back.isTextual()) {
            String a = sent.asText().strip();
            String b = back.asText().strip();
            if (a.equals(b)) {
                return true;
            }
            try {
                return OffsetDateTime.parse(a).toInstant().equals(Instant.from(OffsetDateTime.parse(b)));
            } catch (RuntimeException notTimes) {
                return false;
            }
        }
        return sent.equals(back) || sent.isNumber() && back.isNumber() && sent.decimalValue().compareTo(back.decimalValue()) == 0;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The contract.

    private static JsonNode load() throws IOException {
        try (InputStream in = ContractFuzzTest.class.getClassLoader().getResourceAsStream("META-INF/openapi.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    private JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            JsonNode target = contract;
            for (String part : schema.get("$ref").asText().substring(2).split("/")) {
                target = target.path(part);
            }
            schema = target;
        }
        if (schema.has("allOf")) {
            ObjectNode merged = NODES.objectNode();
            ObjectNode properties = merged.putObject("properties");
            ArrayNode required = merged.putArray("required");
            for (JsonNode part : schema.get("allOf")) {
                JsonNode resolved = resolve(part);
                resolved.path("properties").fields().forEachRemaining(e -> properties.set(e.getKey(), e.getValue()));
                resolved.path("required").forEach(required::add);
                if (resolved.has("type")) {
                    merged.set("type", resolved.get("type"));
                }
            }
            return merged;
        }
        return schema;
    }

    /** A minimal valid body: the required properties with their examples, and a unique value where one must be unique. */
    private JsonNode baseBody(String template, JsonNode schema) {
        if ("array".equals(resolve(schema).path("type").asText())) { // a batch of one
            return JSON.createArrayNode().add(baseBody(template, resolve(schema).get("items")));
        }
        ObjectNode body = (ObjectNode) example(schema);
        String unique = UNIQUE_PROPERTY.get(template);
        if (unique != null && schema.path("properties").has(unique)) {
            String value = Long.toString(UNIQUE.incrementAndGet(), 36);
            body.put(unique, unique.equals("url") ? "https://fuzz-" + value + ".example/a" : "Fuzz " + value);
        }
        return body;
    }

    /** An example value for a schema: its example, its first enum value, or a small valid value of its type. */
    private JsonNode example(JsonNode schema) {
        schema = resolve(schema);
        if (schema.has("example") && !schema.get("example").isNull() && !"object".equals(schema.path("type").asText())) {
            return schema.get("example");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        switch (schema.path("type").asText("object")) {
            case "string" -> {
                return switch (schema.path("format").asText()) {
                    case "date-time" -> NODES.textNode("2018-05-29T10:00:00Z");
                    case "date" -> NODES.textNode("2018-05-29");
                    case "uri" -> NODES.textNode("https://fuzz.example/a");
                    default -> NODES.textNode("fuzz");
                };
            }
            case "integer" -> {
                return NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asLong() : 1);
            }
            case "number" -> {
                return NODES.numberNode(0.5);
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            case "array" -> {
                return NODES.arrayNode();
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                for (JsonNode required : schema.path("required")) {
                    object.set(required.asText(), example(schema.path("properties").path(required.asText())));
                }
                return object;
            }
        }
    }
}

package news.parallax.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import news.parallax.testing.Api;
import news.parallax.testing.OwnDatabase;

/**
 * The Big List of Naughty Strings (MIT, src/test/resources/naughty) plus Arabic and Unicode edge
 * cases, sent into every string field of the creating operations' bodies and every query
 * parameter of the contract's list and search operations. Nothing may answer 5xx, every 4xx must
 * be a problem document, and every accepted text must read back as it was sent.
 */
@QuarkusTest
@TestProfile(OwnDatabase.class)
class NaughtyInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper ASCII = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

    /** Creating operations whose body fields are fuzzed, with the field that must differ per request. */
    private static final Map<String, String> BODIES = new LinkedHashMap<>();
    static {
        BODIES.put("/outlets", "name");
        BODIES.put("/speakers", "name");
        BODIES.put("/events", "title");
        BODIES.put("/articles", "url");
        BODIES.put("/extract", null);
        BODIES.put("/admin/keys", null);
    }

    static List<String> naughtyStrings() throws IOException {
        List<String> strings = new ArrayList<>();
        try (InputStream in = NaughtyInputTest.class.getResourceAsStream("/naughty/blns.base64.json")) {
            for (JsonNode encoded : JSON.readTree(in)) {
                strings.add(new String(Base64.getDecoder().decode(encoded.asText()), StandardCharsets.UTF_8));
            }
        }
        strings.addAll(List.of(
                "\u202Eمؤتمر باريس\u202C", "\u2067حفتر\u2069 met \u2066Macron\u2069", "\u200F\u200E\u061C",
                "\u200B", "\u200C\u200D", "\uFEFF", "\u00AD", "حفتر\u200Dالسراج", "لا\u200Cإله",
                "ـــــــــــــــــــــــــــــــــــــــ", "مـؤتـمـر بـاريـس", "باريس ــــ ليبيا",
                "Haftar حفتر Хафтар 哈夫塔尔", "١٠ ديسمبر ٢٠١٨", "۱۰ دسامبر ۲۰۱۸", "٣٠٠", "-١", "١e٥",
                "عَرَبِيٌّ مُشَكَّلٌ", "ﷺ ﷽", "ﻻ ﻷ ﻹ", "😀‍🔥 👨‍👩‍👧", "e\u0301\u0301\u0301\u0301", "a\u0000b",
                "\uD800", "x\uDFFFy", " \t\n ", "\u3000", "'; DROP TABLE article; --", "%00", "%s%s%n",
                "../../etc/passwd", "<script>alert(1)</script>", "{\"$gt\": \"\"}", "x".repeat(300), "ع".repeat(5000)));
        return strings;
    }

    private static JsonNode contract() throws IOException {
        try (InputStream in = NaughtyInputTest.class.getClassLoader().getResourceAsStream("META-INF/openapi.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    private static JsonNode resolve(JsonNode contract, JsonNode schema) {
        while (schema.has("$ref")) {
            String[] parts = schema.get("$ref").asText().substring(2).split("/");
            JsonNode target = contract;
            for (String part : parts) {
                target = target.path(part);
            }
            schema = target;
        }
        return schema;
    }

    /** A minimal valid body: every required property, with its example (the full request examples share unique values). */
    private static ObjectNode baseBody(JsonNode contract, JsonNode operation) {
        JsonNode media = operation.path("requestBody").path("content").path("application/json");
        JsonNode schema = resolve(contract, media.path("schema"));
        ObjectNode body = JSON.createObjectNode();
        for (JsonNode required : schema.path("required")) {
            JsonNode property = resolve(contract, schema.path("properties").path(required.asText()));
            body.set(required.asText(), property.has("example") ? property.get("example")
                    : property.has("enum") ? property.get("enum").get(0) : JSON.getNodeFactory().textNode("x"));
        }
        return body;
    }

    /** Free-text properties (not enums, patterns or formats) of the body schema. */
    private static List<String> textFields(JsonNode contract, JsonNode operation) {
        JsonNode schema = resolve(contract, operation.path("requestBody").path("content").path("application/json").path("schema"));
        List<String> fields = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> property = it.next();
            JsonNode p = resolve(contract, property.getValue());
            if ("string".equals(p.path("type").asText()) && !p.has("enum") && !p.has("format")) {
                fields.add(property.getKey());
            }
        }
        return fields;
    }

    private static HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Authorization", "Bearer " + Api.ADMIN_KEY).header("Accept", "application/json, application/problem+json");
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertNoServerError(HttpResponse<String> response, String what, Map<Integer, Integer> statuses) {
        statuses.merge(response.statusCode(), 1, Integer::sum);
        assertTrue(response.statusCode() < 500, what + " answered " + response.statusCode() + ": " + response.body());
        if (response.statusCode() >= 400) {
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""), what);
        }
    }

    @Test
    void naughtyStringsInEveryBodyFieldNeverBreakTheServiceAndReadBackUnchanged() throws Exception {
        JsonNode contract = contract();
        List<String> naughty = naughtyStrings();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int accepted = 0;
        for (Map.Entry<String, String> target : BODIES.entrySet()) {
            JsonNode operation = contract.path("paths").path(target.getKey()).path("post");
            for (String field : textFields(contract, operation)) {
                for (String value : naughty) {
                    ObjectNode body = baseBody(contract, operation);
                    if (target.getValue() != null && !target.getValue().equals(field)) {
                        String unique = Long.toString(UNIQUE.incrementAndGet(), 36);
                        // not the contract's example name, so other tests' name searches are not crowded out
                        body.put(target.getValue(), target.getValue().equals("url")
                                ? "https://naughty-" + unique + ".example/a" : "Naughty " + unique);
                    }
                    body.put(field, value);
                    // escaped, so that unpaired surrogates reach the service as JSON escapes rather than as "?"
                    HttpResponse<String> response = send("POST", target.getKey(), ASCII.writeValueAsString(body));
                    String what = "POST " + target.getKey() + " " + field + "=" + ASCII.writeValueAsString(value);
                    assertNoServerError(response, what, statuses);
                    if (response.statusCode() == 201 && !target.getKey().equals("/extract")) {
                        JsonNode stored = JSON.readTree(response.body());
                        if (stored.path(field).isTextual()) { // "outlet" is sent as a name and read back as an object
                            // names are stored without surrounding spaces; nothing else may change
                            assertEquals(value.strip(), stored.get(field).asText().strip(), what);
                            accepted++;
                        }
                    }
                }
            }
        }
        System.out.printf("Naughty body fields: %d strings, statuses %s, %d accepted values read back unchanged%n",
                naughty.size(), statuses, accepted);
        assertTrue(accepted > 1000, "only " + accepted + " values were accepted");
    }

    @Test
    void naughtyStringsInEveryQueryParameterNeverBreakTheService() throws Exception {
        JsonNode contract = contract();
        List<String> naughty = naughtyStrings();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int sent = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode get = path.getValue().path("get");
            if (get.isMissingNode()) {
                continue;
            }
            String concrete = path.getKey().replaceAll("\\{[^}]+}", "1");
            List<JsonNode> parameters = new ArrayList<>();
            get.path("parameters").forEach(parameters::add);
            path.getValue().path("parameters").forEach(parameters::add);
            for (JsonNode parameter : parameters) {
                JsonNode p = resolve(contract, parameter);
                if (!"query".equals(p.path("in").asText())) {
                    continue;
                }
                for (String value : naughty) {
                    String query = "?" + p.get("name").asText() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
                    assertNoServerError(send("GET", concrete + query, null), "GET " + concrete + "?" + p.get("name").asText() + "=" + ASCII.writeValueAsString(value), statuses);
                    sent++;
                }
            }
        }
        System.out.printf("Naughty query parameters: %d requests, statuses %s%n", sent, statuses);
        assertTrue(sent > 10_000, "only " + sent + " requests were sent");
    }

    @Test
    void aOneMebibyteArabicArticleIsAcceptedAndOneByteMoreIsRefused() throws Exception {
        String mebibyte = "ع".repeat(512 * 1024); // two bytes each in UTF-8
        ObjectNode article = JSON.createObjectNode().put("url", "https://naughty-big-" + UNIQUE.incrementAndGet() + ".example/a")
                .put("body", mebibyte);
        HttpResponse<String> stored = send("POST", "/articles", JSON.writeValueAsString(article));
        assertEquals(201, stored.statusCode(), stored.body().substring(0, Math.min(300, stored.body().length())));
        assertEquals(mebibyte, JSON.readTree(stored.body()).get("body").asText());

        article.put("url", "https://naughty-big-" + UNIQUE.incrementAndGet() + ".example/a").put("body", mebibyte + "x");
        HttpResponse<String> refused = send("POST", "/articles", JSON.writeValueAsString(article));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("body"), refused.body());
    }
}

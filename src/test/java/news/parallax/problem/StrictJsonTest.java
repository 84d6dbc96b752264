package news.parallax.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

class StrictJsonTest {

    record Named(String name, List<String> tags) {
    }

    private final ObjectMapper mapper = strict();

    @Test
    void keepsValidArabicAndAstralText() throws Exception {
        Named named = mapper.readValue("{\"name\":\"ليبيا 🇱🇾 ـــ\",\"tags\":[\"a\"]}", Named.class);
        assertEquals("ليبيا 🇱🇾 ـــ", named.name());
    }

    @Test
    void rejectsNulAndUnpairedSurrogatesNamingTheField() {
        JsonMappingException nul = assertThrows(JsonMappingException.class,
                () -> mapper.readValue("{\"tags\":[\"ok\",\"a\\u0000b\"]}", Named.class));
        assertEquals("tags", nul.getPath().get(0).getFieldName());
        assertEquals(1, nul.getPath().get(1).getIndex());
        assertTrue(nul.getOriginalMessage().endsWith("must not contain NUL characters (U+0000, position 1)"));
        assertThrows(JsonMappingException.class, () -> mapper.readValue("{\"name\":\"\\udfff\"}", Named.class));
    }

    @Test
    void numbersAreNotStrings() {
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"name\":5}", Named.class));
    }

    record Timed(Integer count, java.time.OffsetDateTime at, java.time.LocalDate day) {
    }

    @Test
    void nothingIsCoercedAndTimesAreStrictAndInRange() throws Exception {
        Timed ok = mapper.readValue("{\"count\":2,\"at\":\"2018-05-29T12:00:00+02:00\",\"day\":\"2018-05-29\"}", Timed.class);
        assertEquals(2, ok.count());
        assertEquals(java.time.OffsetDateTime.parse("2018-05-29T10:00:00Z"), ok.at());
        for (String wrong : List.of("{\"count\":1.5}", "{\"count\":1.0}", "{\"count\":\"2\"}", "{\"at\":1527588000}",
                "{\"at\":\"1527588000\"}", "{\"at\":\"+300000-01-01T00:00:00Z\"}", "{\"at\":\"2018-05-29\"}",
                "{\"day\":\"2018-05-29T10:00:00Z\"}", "{\"day\":\"2201-01-01\"}", "{\"day\":20180529}")) {
            assertThrows(JsonMappingException.class, () -> mapper.readValue(wrong, Timed.class), wrong);
        }
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"count\":2} {\"count\":3}", Timed.class));
        assertThrows(com.fasterxml.jackson.core.JsonParseException.class, () -> mapper.readValue("{\"count\":2} trailing", Timed.class));
    }

    @Test
    void nestingIsBounded() throws Exception {
        mapper.readTree("[".repeat(StrictJson.MAX_NESTING_DEPTH) + "]".repeat(StrictJson.MAX_NESTING_DEPTH));
        int tooDeep = StrictJson.MAX_NESTING_DEPTH + 1;
        assertThrows(StreamConstraintsException.class, () -> mapper.readTree("[".repeat(tooDeep) + "]".repeat(tooDeep)));
    }

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        return mapper;
    }
}

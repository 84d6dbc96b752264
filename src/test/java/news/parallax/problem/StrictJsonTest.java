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

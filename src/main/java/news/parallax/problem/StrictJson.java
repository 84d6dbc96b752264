package news.parallax.problem;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * JSON bodies: every string passes {@link TextRules}, nesting is bounded, nothing is coerced
 * (a string is not a number, 1.5 is not an integer, a number is not a time), nothing may follow
 * the JSON value, and dates and times lie within {@link TemporalRange}. Nulls, duplicate keys
 * and the encoding are checked on the raw body by {@link StrictJsonBody}.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    static final int MAX_NESTING_DEPTH = 32;

    @Override
    public void customize(ObjectMapper mapper) {
        // "count": "5" is a type error, not the number 5.
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        // "start": 1.5 is a type error, not 1.
        mapper.configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
        // {"name": "x"} trailing: the client sent something other than what was read.
        mapper.configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
        mapper.registerModule(new SimpleModule("parallax-strict-values")
                .addDeserializer(String.class, new StrictStringDeserializer())
                .addDeserializer(OffsetDateTime.class, new StrictTemporalDeserializers.OffsetDateTimes())
                .addDeserializer(LocalDate.class, new StrictTemporalDeserializers.LocalDates()));
        mapper.getFactory().setStreamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build());
    }

    /** After Quarkus' own customizer, which registers the default java.time deserializers. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }
}

package news.parallax.problem;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

/**
 * Accepts only JSON strings (not numbers or booleans coerced to text) and rejects those that
 * {@link TextRules} says cannot be stored, naming the field.
 */
final class StrictStringDeserializer extends StdScalarDeserializer<String> {

    StrictStringDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
        String value = StringDeserializer.instance.deserialize(parser, context);
        String violation = value == null ? null : TextRules.violation(value);
        if (violation != null) {
            throw context.weirdStringException(value, String.class, violation);
        }
        return value;
    }
}

package news.parallax.problem;

import java.time.temporal.TemporalAccessor;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Size;

/**
 * The contract bounds every string, dates included (maxLength 35 for a date-time, 10 for a
 * date), and the generated models carry that as {@code @Size} on parsed java.time values, which
 * Bean Validation cannot check by itself. This checks the ISO 8601 text of the value instead.
 */
public class TemporalTextSize implements ConstraintValidator<Size, TemporalAccessor> {

    private int min;
    private int max;

    @Override
    public void initialize(Size size) {
        min = size.min();
        max = size.max();
    }

    @Override
    public boolean isValid(TemporalAccessor value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        int length = value.toString().length();
        return length >= min && length <= max;
    }
}

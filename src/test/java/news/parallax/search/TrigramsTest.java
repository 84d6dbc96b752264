package news.parallax.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** Trigrams compare two texts as pg_trgm's {@code similarity()} does: each row is checked against the database's own. */
@QuarkusTest
class TrigramsTest {

    @Inject
    AgroalDataSource dataSource;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            word                                                   | words                                                   | 0.5714286
            word                                                   | word                                                    | 1.0
            Word, WORD!                                            | word                                                    | 1.0
            a                                                      | b                                                       | 0.0
            ...                                                    | word                                                    | 0.0
            the talks resume in geneva on 12 june                  | talks to resume in geneva in june, officials said      | 0.5471698
            قال الوزير إن الانتخابات ستجري في العاشر من ديسمبر      | اكد الوزير ان الانتخابات ستجري في ديسمبر المقبل        | 0.5614035
            قال الوزير إن الانتخابات ستجري في العاشر من ديسمبر      | قتل 12 شخصا في هجوم على سوق شعبي في بغداد               | 0.0625
            مقتل ١٢ شخصا في هجوم                                   | مقتل 12 شخصا في هجوم                                    | 0.75
            المؤتمر حول ليبيا في paris يوم 29 مايو                 | مؤتمر باريس حول ليبيا 29 مايو 2018                      | 0.44
            الـوزيـر قالَ إنّ ١٠ أشخاص                             | الوزير قال ان 10 اشخاص                                  | 0.23076923
            Straße ÉCOLE                                           | strasse école                                           | 0.5882353
            """)
    void similarityIsPgTrgmsOwn(String a, String b, float expected) throws SQLException {
        float java = Trigrams.of(a).similarity(Trigrams.of(b));
        assertEquals(database(a, b), java, a + " / " + b);
        assertEquals(expected, java, 1e-6, a + " / " + b);
        assertEquals(java, Trigrams.of(b).similarity(Trigrams.of(a)));
    }

    private float database(String a, String b) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT similarity(?, ?)")) {
            statement.setString(1, a);
            statement.setString(2, b);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getFloat(1);
            }
        }
    }
}

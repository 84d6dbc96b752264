package news.parallax.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    @Test
    void aDeadlockOrSerializationFailureIsWorthRetrying() {
        for (String sqlState : new String[] {"40P01", "40001"}) {
            ApiProblem problem = ProblemMapper.problemOf(new PersistenceException(new SQLException("deadlock detected", sqlState)),
                    "a test");
            assertEquals(503, problem.status(), sqlState);
            assertEquals("1", problem.headers().get("Retry-After"), sqlState);
        }
        ApiProblem wrapped = ProblemMapper.problemOf(new IllegalStateException(new SQLException("could not serialize", "40001")),
                "a test");
        assertEquals(503, wrapped.status());
    }

    @Test
    void aStoredRowTheRequestCollidesWithIsAConflictAndAnythingElseADefect() {
        ApiProblem duplicate = ProblemMapper.problemOf(new PersistenceException(new SQLException("duplicate key", "23505")), "a test");
        assertEquals(409, duplicate.status());
        assertEquals("The request conflicts with data that is already stored", duplicate.getMessage());
        ApiProblem defect = ProblemMapper.problemOf(new IndexOutOfBoundsException("Index 7 out of bounds for length 7"), "a test");
        assertEquals(500, defect.status());
        assertTrue(defect.getMessage().matches("The service failed unexpectedly; quote reference [0-9a-f-]{36} when reporting it"),
                defect.getMessage());
    }
}

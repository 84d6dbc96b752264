package news.parallax.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    @Test
    void aDeadlockOrSerializationFailureIsWorthRetrying() {
        for (String sqlState : new String[] {"40P01", "40001"}) {
            Response response = new ProblemMapper().persistence(
                    new PersistenceException(new SQLException("deadlock detected", sqlState)), null);
            assertEquals(503, response.getStatus(), sqlState);
            assertEquals("1", response.getHeaderString("Retry-After"), sqlState);
        }
        Response wrapped = new ProblemMapper().unexpected(new IllegalStateException(new SQLException("could not serialize", "40001")), null);
        assertEquals(503, wrapped.getStatus());
    }
}

package news.parallax.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Base64;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import news.parallax.problem.ApiProblem;

class CursorTest {

    @Test
    void aCursorReadsBackOnTheListThatIssuedIt() {
        Cursor cursor = new Cursor("الغارديان\u001f|2018-05-29T10:00:00Z", 188);
        assertEquals(cursor, Cursor.decode(cursor.encode("/outlets"), "/outlets"));
        assertEquals(new Cursor("", 7), Cursor.decode(new Cursor("", 7).encode("/claims"), "/claims"));
    }

    @Test
    void aCursorOfAnotherListAlteredHandMadeOrEmptyIsA400NamingCursor() {
        String issued = new Cursor("2018-05-29", 5).encode("/events/5/articles");
        char last = issued.charAt(issued.length() - 1);
        String altered = issued.substring(0, issued.length() - 1) + (last == 'A' ? 'B' : 'A');
        String handMade = Base64.getUrlEncoder().withoutPadding().encodeToString("1\u001f2018-02-30".getBytes(StandardCharsets.UTF_8));
        for (String[] wrong : new String[][] {
                {issued, "/events/6/articles"}, {issued, "/articles"}, {altered, "/events/5/articles"},
                {handMade, "/articles"}, {"MR8yMDE4LTAyLTMw", "/articles"}, {"", "/articles"}, {"a\u0000b", "/articles"},
                {"***", "/articles"}, {issued.substring(0, 10), "/events/5/articles"}}) {
            ApiProblem problem = assertThrows(ApiProblem.class, () -> Cursor.decode(wrong[0], wrong[1]), wrong[0] + " on " + wrong[1]);
            assertEquals(400, problem.status());
            assertEquals("cursor", problem.errors().get(0).getField());
        }
    }

    @Test
    void noCursorIsTheFirstPage() {
        assertEquals(null, Cursor.decode(null, "/articles"));
    }
}

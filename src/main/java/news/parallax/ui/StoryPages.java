package news.parallax.ui;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.parallax.api.model.ArticleRef;
import news.parallax.api.model.Story;
import news.parallax.api.model.StoryOutlet;
import news.parallax.config.PublicUrl;
import news.parallax.story.StoryService;

/** Builds the story page from the API's story: columns by outlet, the timeline, and how to make it an event. */
@ApplicationScoped
public class StoryPages {

    @Inject
    StoryService stories;

    @Inject
    ObjectMapper json;

    public StoryView view(long storyId) {
        Story story = stories.get(storyId);
        List<StoryView.Column> columns = new ArrayList<>();
        for (StoryOutlet outlet : story.getOutlets()) {
            String lang = outlet.getArticles().isEmpty() ? "und" : outlet.getArticles().get(0).getLanguage();
            columns.add(new StoryView.Column(outlet, lang, UiFormat.direction(lang), UiFormat.colour(columns.size())));
        }
        CoverageChart chart = CoverageChart.of(columns.stream().map(c -> new CoverageChart.Series(c.outlet().getOutlet().getName(),
                c.colour(), c.outlet().getArticles().stream().map(ArticleRef::getPublishedAt).toList())).toList());
        return new StoryView(story, columns, chart, request(story));
    }

    /**
     * The call an editor sends to make the story an event (the pages themselves change nothing): its
     * articles become the event's seed. The title and date are suggestions from the story, to edit.
     */
    String request(Story story) {
        Map<String, Object> body = new LinkedHashMap<>();
        String title = story.getTitleEn() != null ? story.getTitleEn() : story.getTitle();
        body.put("title", title == null ? "Story " + story.getId() : title);
        body.put("startDate", story.getFirstPublishedAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().toString());
        String written;
        try {
            written = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // single-quoted for the shell, so a quote in the title is closed, escaped and reopened
        return "curl -X POST '" + PublicUrl.base() + "/events?fromStory=" + story.getId() + "' \\\n"
                + "  -H \"Authorization: Bearer $PARALLAX_API_KEY\" -H 'Content-Type: application/json' \\\n"
                + "  -d '" + written.replace("'", "'\\''") + "'";
    }
}

package news.parallax.ui;

import java.util.List;

import news.parallax.api.model.Story;
import news.parallax.api.model.StoryOutlet;

/**
 * What the story page shows: the story as the API answers it, its outlets as columns, its coverage
 * timeline, and the API call that makes it an event ({@code request}).
 */
public record StoryView(Story story, List<Column> columns, CoverageChart chart, String request) {

    /** One outlet's column, written in the language of its articles ({@code dir="rtl"} for Arabic), in the outlet's colour. */
    public record Column(StoryOutlet outlet, String lang, String dir, int colour) {
    }
}

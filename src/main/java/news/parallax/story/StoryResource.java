package news.parallax.story;

import java.time.OffsetDateTime;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import news.parallax.api.StoriesApi;
import news.parallax.api.model.StoryPage;
import news.parallax.api.model.StorySort;

/** HTTP for stories; see {@link StoryService}. */
@Path("/")
public class StoryResource implements StoriesApi {

    @Inject
    StoryService service;

    @Inject
    StoryEditor editor;

    @Context
    UriInfo uriInfo;

    @Override
    public Response listStories(OffsetDateTime publishedFrom, OffsetDateTime publishedTo, Integer minOutlets, String language, Long outlet,
            StorySort sort, String cursor, Integer limit) {
        return service.list(new StoryService.Filter(publishedFrom, publishedTo, minOutlets, language, outlet, sort), cursor, limit)
                .respond(uriInfo, (items, next) -> new StoryPage().items(items).next(next));
    }

    @Override
    public Response getStory(Long storyId) {
        return Response.ok(service.get(storyId)).build();
    }

    @Override
    public Response mergeStory(Long storyId, Long into) {
        return Response.ok(editor.merge(storyId, into)).build();
    }

    @Override
    public Response moveStoryArticle(Long storyId, Long articleId) {
        return Response.ok(editor.move(articleId, storyId)).build();
    }

    @Override
    public Response removeStoryArticle(Long storyId, Long articleId) {
        return Response.ok(editor.remove(articleId, storyId)).build();
    }
}

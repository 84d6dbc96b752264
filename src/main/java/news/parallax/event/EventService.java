package news.parallax.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import news.parallax.api.model.ArticleRef;
import news.parallax.api.model.Event;
import news.parallax.api.model.EventArticle;
import news.parallax.api.model.EventCreate;
import news.parallax.api.model.EventKind;
import news.parallax.api.model.EventUpdate;
import news.parallax.api.model.LinkKind;
import news.parallax.api.model.LinkMethod;
import news.parallax.api.model.ParticipantWrite;
import news.parallax.article.ArticleEntity;
import news.parallax.article.ArticleMapper;
import news.parallax.article.ArticleRepository;
import news.parallax.article.ArticleService;
import news.parallax.event.EventRepository.Filter;
import news.parallax.outlet.OutletRepository;
import news.parallax.paging.Cursor;
import news.parallax.paging.Page;
import news.parallax.problem.ApiProblem;
import news.parallax.speaker.SpeakerRepository;
import news.parallax.story.StoryService;
import news.parallax.text.NameNormalizer;

/** Events, their aliases and participants, and the manual side of article links. */
@ApplicationScoped
public class EventService {

    @Inject
    EventRepository events;

    @Inject
    EventLinks links;

    @Inject
    EventLinkingJobs jobs;

    @Inject
    LinkingService linking;

    @Inject
    Relinking relinking;

    @Inject
    ArticleService articleService;

    @Inject
    ArticleRepository articles;

    @Inject
    SpeakerRepository speakers;

    @Inject
    OutletRepository outlets;

    @Inject
    DuplicateEvents duplicates;

    @Inject
    StoryService stories;

    @Transactional
    public Event get(long id) {
        return EventMapper.toApi(find(id)).linking(jobs.state(id));
    }

    @Transactional
    public Page<Event> list(Filter filter, String cursor, int limit) {
        List<Event> rows = events.page(filter, Cursor.decode(cursor), limit + 1).stream().map(EventMapper::toApi).toList();
        return Page.of(rows, limit, e -> new Cursor(e.getStartDate().toString(), e.getId()));
    }

    /** Creates an event without a seed story (the demo corpus). */
    @Transactional
    public Event create(EventCreate request, boolean force) {
        return create(request, force, null);
    }

    /**
     * Creates an event; one that duplicates a stored event is refused (409) unless {@code force}.
     * With {@code fromStory}, the story's articles are linked to it by hand (its seed), before the
     * automatic linking job looks for more.
     */
    @Transactional
    public Event create(EventCreate request, boolean force, Long fromStory) {
        List<Long> seed = fromStory == null ? List.of() : stories.articleIds(fromStory, "fromStory");
        if (!force) {
            duplicates.refuse(request.getTitle(), request.getAliases(), request.getStartDate(), request.getPlace());
        }
        EventEntity event = new EventEntity();
        setTitle(event, request.getTitle());
        event.kind = (request.getKind() == null ? EventKind.OTHER : request.getKind()).toString();
        event.description = request.getDescription();
        setDates(event, request.getStartDate(), request.getEndDate());
        setPlace(event, request.getPlace());
        setAliases(event, request.getAliases());
        setParticipants(event, request.getParticipants());
        events.persist(event);
        events.flush();
        if (!seed.isEmpty()) {
            links.seed(event.id, seed, "from story " + fromStory);
        }
        jobs.request(event.id);
        return EventMapper.toApi(event).linking(jobs.state(event.id));
    }

    /** Present fields replace stored ones; absent (null) fields stay as they are. */
    @Transactional
    public Event update(long id, EventUpdate request) {
        EventEntity event = find(id);
        if (request.getTitle() != null) {
            setTitle(event, request.getTitle());
        }
        if (request.getKind() != null) {
            event.kind = request.getKind().toString();
        }
        if (request.getDescription() != null) {
            event.description = request.getDescription();
        }
        setDates(event, request.getStartDate() == null ? event.startDate : request.getStartDate(),
                request.getEndDate() == null ? event.endDate : request.getEndDate());
        if (request.getPlace() != null) {
            setPlace(event, request.getPlace());
        }
        if (request.getAliases() != null) {
            event.aliases.clear();
            events.flush(); // the unique (event, alias) index must not see old and new rows together
            setAliases(event, request.getAliases());
        }
        if (request.getParticipants() != null) {
            event.participants.clear();
            setParticipants(event, request.getParticipants());
        }
        events.flush();
        jobs.request(event.id);
        return EventMapper.toApi(event).linking(jobs.state(event.id));
    }

    @Transactional
    public void delete(long id) {
        EventEntity event = find(id);
        relinking.noteLinkedArticles(id); // linked again to the other events near them, in the background
        events.delete(event);
    }

    @Transactional
    public Page<EventArticle> linkedArticles(long eventId, String cursor, int limit) {
        find(eventId);
        ArticleRepository.Filter filter = new ArticleRepository.Filter(null, null, null, null, eventId, null);
        List<ArticleEntity> rows = articles.page(filter, Cursor.decode(cursor), limit + 1);
        Map<Long, EventLinks.Link> byArticle = links.of(eventId, rows.stream().map(a -> a.id).toList());
        List<EventArticle> items = rows.stream().map(a -> toApi(ArticleMapper.toRef(a), byArticle.get(a.id))).toList();
        return Page.of(items, limit, l -> new Cursor(
                l.getArticle().getPublishedAt() == null ? "" : l.getArticle().getPublishedAt().toString(), l.getArticle().getId()));
    }

    @Transactional
    public EventArticle link(long eventId, long articleId) {
        find(eventId);
        ArticleEntity article = articleService.find(articleId);
        links.setManually(eventId, articleId, true);
        linking.relinkArticle(articleId); // the article's other events keep it or not by this decision too
        return toApi(ArticleMapper.toRef(article), links.of(eventId, List.of(articleId)).get(articleId));
    }

    @Transactional
    public void unlink(long eventId, long articleId) {
        find(eventId);
        articleService.find(articleId);
        links.setManually(eventId, articleId, false);
        linking.relinkArticle(articleId);
    }

    private EventEntity find(long id) {
        return events.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("event", id));
    }

    private static EventArticle toApi(ArticleRef article, EventLinks.Link link) {
        return new EventArticle().article(article).method(LinkMethod.fromValue(link.method())).kind(LinkKind.fromValue(link.kind()))
                .score(link.score())
                .reasons(new ArrayList<>(link.reasons()));
    }

    private static void setTitle(EventEntity event, String title) {
        event.titleNormalized = NameNormalizer.require("title", title);
        event.title = title.strip();
    }

    private static void setDates(EventEntity event, LocalDate start, LocalDate end) {
        if (end != null && end.isBefore(start)) {
            throw ApiProblem.badRequest("endDate", "must not be before startDate (" + start + ")");
        }
        event.startDate = start;
        event.endDate = end;
    }

    private static void setPlace(EventEntity event, String place) {
        event.place = place == null || place.isBlank() ? null : place.strip();
        event.placeNormalized = event.place == null ? "" : NameNormalizer.normalize(event.place);
    }

    private static void setAliases(EventEntity event, List<String> aliases) {
        if (aliases == null) {
            return;
        }
        for (int i = 0; i < aliases.size(); i++) {
            event.addAlias(aliases.get(i).strip(), NameNormalizer.require("aliases[" + i + "]", aliases.get(i)));
        }
    }

    private void setParticipants(EventEntity event, List<ParticipantWrite> participants) {
        if (participants == null) {
            return;
        }
        for (int i = 0; i < participants.size(); i++) {
            ParticipantWrite write = participants.get(i);
            String field = "participants[" + i + "]";
            if (write.getSpeakerId() != null && write.getOutletId() != null) {
                throw ApiProblem.badRequest(field, "give speakerId or outletId, not both");
            }
            EventParticipantEntity participant = new EventParticipantEntity();
            participant.event = event;
            if (write.getSpeakerId() != null) {
                participant.speaker = speakers.findByIdOptional(write.getSpeakerId())
                        .orElseThrow(() -> ApiProblem.badRequest(field + ".speakerId", "there is no speaker with id " + write.getSpeakerId()));
                participant.name = participant.speaker.name;
            } else if (write.getOutletId() != null) {
                participant.outlet = outlets.findByIdOptional(write.getOutletId())
                        .orElseThrow(() -> ApiProblem.badRequest(field + ".outletId", "there is no outlet with id " + write.getOutletId()));
                participant.name = participant.outlet.name;
            }
            if (write.getName() != null) {
                NameNormalizer.require(field + ".name", write.getName());
                participant.name = write.getName().strip();
            }
            if (participant.name == null) {
                throw ApiProblem.badRequest(field, "give a speakerId, an outletId or a name");
            }
            event.participants.add(participant);
        }
    }
}

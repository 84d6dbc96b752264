package news.parallax.speaker;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import news.parallax.api.SpeakersApi;
import news.parallax.api.model.RegistryTarget;
import news.parallax.api.model.Speaker;
import news.parallax.api.model.SpeakerPage;
import news.parallax.api.model.SpeakerWrite;
import news.parallax.curation.Curation;
import news.parallax.http.IdempotentCreates;
import news.parallax.http.UpdatePreconditions;
import news.parallax.paging.Page;

@Path("/")
public class SpeakerResource implements SpeakersApi {

    @Inject
    SpeakerService service;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    UpdatePreconditions preconditions;

    @Context
    UriInfo uriInfo;

    @Override
    public Response listSpeakers(String name, String cursor, Integer limit) {
        if (name != null) {
            return Page.ok(new SpeakerPage().items(service.findByName(name, limit)), null);
        }
        return service.list(cursor, limit).respond(uriInfo, (items, next) -> new SpeakerPage().items(items).next(next));
    }

    @Override
    public Response createSpeaker(SpeakerWrite speakerWrite, String idempotencyKey) {
        return idempotent.created("createSpeaker", idempotencyKey, speakerWrite, () -> service.create(speakerWrite), Speaker::getId,
                "/speakers/");
    }

    @Override
    public Response getSpeaker(Long speakerId) {
        Speaker speaker = service.get(speakerId);
        return Curation.okOrMoved("speaker", speakerId, speaker.getId(), speaker);
    }

    @Override
    public Response mergeSpeaker(Long speakerId, RegistryTarget target) {
        return Response.ok(service.merge(speakerId, target.getInto())).build();
    }

    @Override
    public Response moveSpeakerAlias(Long speakerId, Long aliasId, RegistryTarget target) {
        return Response.ok(service.moveAlias(speakerId, aliasId, target.getInto())).build();
    }

    @Override
    public Response replaceSpeaker(Long speakerId, SpeakerWrite speakerWrite, String ifMatch) {
        return Response.ok(preconditions.update(ifMatch, SpeakerEntity.class, speakerId, () -> service.get(speakerId),
                () -> service.replace(speakerId, speakerWrite))).build();
    }

    @Override
    public Response deleteSpeaker(Long speakerId) {
        service.delete(speakerId);
        return Response.noContent().build();
    }
}

package news.parallax.speaker;

import java.util.List;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import news.parallax.api.model.Alias;
import news.parallax.api.model.AliasCreate;
import news.parallax.api.model.RegistryMerge;
import news.parallax.api.model.Speaker;
import news.parallax.api.model.SpeakerWrite;
import news.parallax.curation.Curation;
import news.parallax.paging.Cursor;
import news.parallax.paging.Page;
import news.parallax.problem.ApiProblem;
import news.parallax.text.NameNormalizer;
import news.parallax.text.References;

/** Speakers: every name a speaker had stays an alias, so look-ups keep finding them. */
@ApplicationScoped
public class SpeakerService {

    /** What points at a speaker; a merge moves all of it. */
    private static final List<Curation.Reference> REFERENCES = List.of(
            new Curation.Reference("speaker_alias", "speaker_id", "aliases", "normalized"),
            new Curation.Reference("claim", "speaker_id", "claims", null),
            new Curation.Reference("event_participant", "speaker_id", "participants", "event_id"));

    @Inject
    SpeakerRepository speakers;

    @Inject
    Curation curation;

    /** The speaker, or the one it was merged into (whose id then differs from {@code id}). */
    @Transactional
    public Speaker get(long id) {
        SpeakerEntity speaker = speakers.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("speaker", id));
        return SpeakerMapper.toApi(speaker.mergedInto == null ? speaker : find(speaker.mergedInto));
    }

    @Transactional
    public RegistryMerge merge(long id, long into) {
        return curation.merge("speaker", id, into, REFERENCES);
    }

    @Transactional
    public Alias moveAlias(long id, long aliasId, long into) {
        return curation.moveAlias("speaker", id, aliasId, into);
    }

    @Transactional
    public Page<Speaker> list(String cursor, int limit) {
        List<Speaker> rows = speakers.page(Cursor.decode(cursor), limit + 1).stream().map(SpeakerMapper::toApi).toList();
        return Page.of(rows, limit, s -> new Cursor(s.getName(), s.getId()));
    }

    @Transactional
    public List<Speaker> findByName(String name, int limit) {
        return speakers.matchingName(NameNormalizer.require("name", name), limit).stream().map(SpeakerMapper::toApi).toList();
    }

    @Transactional
    public Speaker create(SpeakerWrite request) {
        SpeakerEntity speaker = new SpeakerEntity();
        apply(speaker, request);
        speakers.persist(speaker);
        speakers.flush();
        return SpeakerMapper.toApi(speaker);
    }

    @Transactional
    public Speaker replace(long id, SpeakerWrite request) {
        SpeakerEntity speaker = find(id);
        apply(speaker, request);
        speakers.flush();
        return SpeakerMapper.toApi(speaker);
    }

    @Transactional
    public void delete(long id) {
        speakers.delete(find(id));
    }

    /**
     * The speaker a client refers to: an id, or a name matched exactly against aliases; an
     * unknown name creates a speaker with that name.
     */
    @Transactional
    public SpeakerEntity resolve(String field, String reference) {
        OptionalLong id = References.asId(reference);
        if (id.isPresent()) {
            return speakers.findByIdOptional(id.getAsLong()).map(s -> s.mergedInto == null ? s : speakers.findById(s.mergedInto))
                    .orElseThrow(() -> ApiProblem.badRequest(field, "there is no speaker with id " + id.getAsLong()));
        }
        String name = reference.strip();
        String normalized = NameNormalizer.require(field, name);
        return speakers.havingAlias(normalized).orElseGet(() -> {
            SpeakerRepository.Named named = new SpeakerRepository.Named(References.nameKey(normalized), name, normalized, null);
            return speakers.findById(speakers.ensureNamed(List.of(named)).get(named.key()));
        });
    }

    /** The id of the speaker known by {@code request}'s name, completed with its aliases; created when unknown. */
    @Transactional
    public long ensure(SpeakerWrite request) {
        SpeakerEntity speaker = resolve("name", request.getName());
        String role = speaker.role == null ? request.getRole() : speaker.role;
        String affiliation = speaker.affiliation == null ? request.getAffiliation() : speaker.affiliation;
        apply(speaker, request.name(speaker.name).role(role).affiliation(affiliation));
        return speaker.id;
    }

    private SpeakerEntity find(long id) {
        SpeakerEntity speaker = speakers.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("speaker", id));
        if (speaker.mergedInto != null) {
            throw Curation.merged("speaker", id, speaker.mergedInto);
        }
        return speaker;
    }

    private static void apply(SpeakerEntity speaker, SpeakerWrite request) {
        String name = request.getName().strip();
        speaker.addAlias(name, NameNormalizer.require("name", name), null);
        List<AliasCreate> aliases = request.getAliases() == null ? List.of() : request.getAliases();
        for (int i = 0; i < aliases.size(); i++) {
            AliasCreate alias = aliases.get(i);
            speaker.addAlias(alias.getAlias().strip(), NameNormalizer.require("aliases[" + i + "].alias", alias.getAlias()),
                    alias.getLanguage());
        }
        speaker.name = name;
        speaker.role = request.getRole();
        speaker.affiliation = request.getAffiliation();
        speaker.verified = request.getVerified() == null || request.getVerified();
    }
}

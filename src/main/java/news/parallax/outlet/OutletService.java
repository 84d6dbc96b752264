package news.parallax.outlet;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import news.parallax.api.model.Alias;
import news.parallax.api.model.AliasCreate;
import news.parallax.api.model.Outlet;
import news.parallax.api.model.OutletCreate;
import news.parallax.api.model.OutletKind;
import news.parallax.api.model.OutletUpdate;
import news.parallax.api.model.RegistryMerge;
import news.parallax.curation.Curation;
import news.parallax.paging.Cursor;
import news.parallax.paging.Page;
import news.parallax.problem.ApiProblem;
import news.parallax.text.NameNormalizer;
import news.parallax.text.References;

/** Rules for outlets: names and aliases normalise to something, domains belong to one outlet. */
@ApplicationScoped
public class OutletService {

    private static final Pattern HOST = Pattern.compile("^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$");

    /** What points at an outlet; a merge moves all of it (story counts follow their articles, stats their days). */
    private static final List<Curation.Reference> REFERENCES = List.of(
            new Curation.Reference("outlet_alias", "outlet_id", "aliases", "normalized"),
            new Curation.Reference("outlet_domain", "outlet_id", "domains", null),
            new Curation.Reference("article", "outlet_id", "articles", null),
            new Curation.Reference("citation", "outlet_id", "citations", null),
            new Curation.Reference("claim", "cited_outlet_id", "claims", null),
            new Curation.Reference("event_participant", "outlet_id", "participants", "event_id"));

    @Inject
    OutletRepository outlets;

    @Inject
    Curation curation;

    /** The outlet, or the one it was merged into (whose id then differs from {@code id}). */
    @Transactional
    public Outlet get(long id) {
        OutletEntity outlet = outlets.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("outlet", id));
        return OutletMapper.toApi(outlet.mergedInto == null ? outlet : find(outlet.mergedInto));
    }

    @Transactional
    public RegistryMerge merge(long id, long into) {
        return curation.merge("outlet", id, into, REFERENCES);
    }

    @Transactional
    public Alias moveAlias(long id, long aliasId, long into) {
        return curation.moveAlias("outlet", id, aliasId, into);
    }

    @Transactional
    public Page<Outlet> list(OutletKind kind, String country, String cursor, int limit) {
        List<Outlet> rows = outlets.page(value(kind), country, Cursor.decode(cursor), limit + 1).stream()
                .map(OutletMapper::toApi).toList();
        return Page.of(rows, limit, o -> new Cursor(o.getName(), o.getId()));
    }

    @Transactional
    public List<Outlet> findByName(String name, OutletKind kind, String country, int limit) {
        return outlets.matchingName(NameNormalizer.require("name", name), value(kind), country, limit).stream()
                .map(OutletMapper::toApi).toList();
    }

    @Transactional
    public List<Outlet> findByDomain(String domain, OutletKind kind, String country) {
        return outlets.owningDomain(parentDomains(domain), value(kind), country).map(OutletMapper::toApi).stream().toList();
    }

    @Transactional
    public Outlet create(OutletCreate request) {
        String normalizedName = NameNormalizer.require("name", request.getName());
        outlets.havingAlias(normalizedName, null).ifPresent(existing -> {
            throw ApiProblem.conflict("Outlet " + existing.id + " (" + existing.name + ") is already known by the name '"
                    + request.getName() + "'; add aliases to it instead of creating a second outlet");
        });
        OutletEntity outlet = new OutletEntity();
        outlet.addAlias(request.getName().strip(), normalizedName, null);
        List<AliasCreate> aliases = orEmpty(request.getAliases());
        for (int i = 0; i < aliases.size(); i++) {
            AliasCreate alias = aliases.get(i);
            outlet.addAlias(alias.getAlias().strip(), NameNormalizer.require("aliases[" + i + "].alias", alias.getAlias()),
                    alias.getLanguage());
        }
        apply(outlet, request.getName(), request.getKind(), request.getCountry(), request.getLanguage(),
                request.getVerified(), request.getDomains());
        outlets.persist(outlet);
        outlets.flush(); // assigns ids and timestamps for the response
        return OutletMapper.toApi(outlet);
    }

    /** Replaces the editable fields; a new name becomes an alias too, and old aliases stay. */
    @Transactional
    public Outlet replace(long id, OutletUpdate request) {
        OutletEntity outlet = find(id);
        String normalizedName = NameNormalizer.require("name", request.getName());
        outlets.havingAlias(normalizedName, id).ifPresent(existing -> {
            throw ApiProblem.conflict("Outlet " + existing.id + " (" + existing.name + ") is already known by the name '"
                    + request.getName() + "'");
        });
        outlet.addAlias(request.getName().strip(), normalizedName, null);
        apply(outlet, request.getName(), request.getKind(), request.getCountry(), request.getLanguage(),
                request.getVerified(), request.getDomains());
        outlets.flush();
        return OutletMapper.toApi(outlet);
    }

    @Transactional
    public void delete(long id) {
        OutletEntity outlet = find(id);
        try {
            outlets.delete(outlet);
            outlets.flush();
        } catch (PersistenceException e) {
            throw ApiProblem.conflict("Outlet " + id + " is still referred to by articles, citations or claims;"
                    + " delete or reassign them first");
        }
    }

    @Transactional
    public Alias addAlias(long id, AliasCreate request) {
        OutletEntity outlet = find(id);
        String normalized = NameNormalizer.require("alias", request.getAlias());
        boolean known = outlet.aliases.stream().anyMatch(a -> a.normalized.equals(normalized));
        if (known) {
            throw ApiProblem.conflict("Outlet " + id + " already has an alias written like '" + request.getAlias() + "'");
        }
        OutletAliasEntity alias = outlet.addAlias(request.getAlias().strip(), normalized, request.getLanguage());
        outlet.updatedAt = OffsetDateTime.now();
        outlets.flush(); // assigns the alias id for the Location header
        return OutletMapper.toApi(alias);
    }

    @Transactional
    public void deleteAlias(long id, long aliasId) {
        OutletEntity outlet = find(id);
        OutletAliasEntity alias = outlet.aliases.stream().filter(a -> a.id == aliasId).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("alias of outlet " + id, aliasId));
        if (alias.normalized.equals(NameNormalizer.normalize(outlet.name))) {
            throw ApiProblem.conflict("Alias " + aliasId + " is the outlet's name '" + outlet.name
                    + "'; rename the outlet first (PUT /outlets/" + id + ")");
        }
        outlet.aliases.remove(alias);
        outlet.updatedAt = OffsetDateTime.now();
    }

    private OutletEntity find(long id) {
        OutletEntity outlet = outlets.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("outlet", id));
        if (outlet.mergedInto != null) {
            throw Curation.merged("outlet", id, outlet.mergedInto);
        }
        return outlet;
    }

    private void apply(OutletEntity outlet, String name, OutletKind kind, String country, String language,
            Boolean verified, List<String> domains) {
        for (String domain : orEmpty(domains)) {
            outlets.ownerOfDomain(domain, outlet.id).ifPresent(owner -> {
                throw ApiProblem.conflict("Domain " + domain + " already belongs to outlet " + owner.id + " (" + owner.name + ")");
            });
        }
        outlet.name = name.strip();
        outlet.kind = kind.toString();
        outlet.country = country;
        outlet.language = language;
        outlet.verified = verified == null || verified;
        outlet.domains.clear();
        outlet.domains.addAll(orEmpty(domains));
    }

    /**
     * The outlet a client or an article refers to: an id, or any name or alias. An unknown name
     * creates an unverified outlet, so that no article is refused for naming a new source.
     */
    @Transactional
    public OutletEntity resolve(String field, String reference) {
        OptionalLong id = References.asId(reference);
        if (id.isPresent()) {
            return outlets.findByIdOptional(id.getAsLong()).map(o -> o.mergedInto == null ? o : outlets.findById(o.mergedInto))
                    .orElseThrow(() -> ApiProblem.badRequest(field, "there is no outlet with id " + id.getAsLong()));
        }
        String name = reference.strip();
        String normalized = NameNormalizer.require(field, name);
        long outletId = outlets.idHavingAlias(normalized).orElseGet(() -> createUnverified(
                new OutletRepository.Unverified(References.nameKey(normalized), name, normalized, OutletKind.ONLINE.toString(), null)));
        return outlets.findById(outletId);
    }

    /** The outlet owning {@code host} or a parent domain of it; else a new unverified outlet named after the host. */
    @Transactional
    public OutletEntity forHost(String host) {
        List<String> domains = parentDomains(host);
        String registrable = domains.get(0).startsWith("www.") && domains.size() > 1 ? domains.get(1) : domains.get(0);
        return outlets.owningDomain(domains, null, null).orElseGet(() -> outlets.findById(createUnverified(
                new OutletRepository.Unverified("host:" + registrable, registrable, NameNormalizer.normalize(registrable),
                        OutletKind.ONLINE.toString(), registrable))));
    }

    private long createUnverified(OutletRepository.Unverified outlet) {
        return outlets.ensureUnverified(List.of(outlet)).get(outlet.key());
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** "news.bbc.co.uk" gives news.bbc.co.uk, bbc.co.uk, co.uk: the longest registered one wins. */
    static List<String> parentDomains(String domain) {
        String host = domain.strip().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (!HOST.matcher(host).matches()) {
            throw ApiProblem.badRequest("domain", "must be a host name such as bbc.com (no scheme, path or port)");
        }
        List<String> candidates = new ArrayList<>();
        for (String rest = host; rest.contains("."); rest = rest.substring(rest.indexOf('.') + 1)) {
            candidates.add(rest);
        }
        return candidates;
    }

    private static String value(OutletKind kind) {
        return kind == null ? null : kind.toString();
    }
}

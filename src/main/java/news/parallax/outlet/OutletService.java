package news.parallax.outlet;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import news.parallax.paging.Cursor;
import news.parallax.paging.Page;
import news.parallax.problem.ApiProblem;
import news.parallax.text.NameNormalizer;

/** Rules for outlets: names and aliases normalise to something, domains belong to one outlet. */
@ApplicationScoped
public class OutletService {

    private static final Pattern HOST = Pattern.compile("^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$");

    @Inject
    OutletRepository outlets;

    @Transactional
    public Outlet get(long id) {
        return OutletMapper.toApi(find(id));
    }

    @Transactional
    public Page<Outlet> list(OutletKind kind, String country, String cursor, int limit) {
        List<Outlet> rows = outlets.page(value(kind), country, Cursor.decode(cursor), limit + 1).stream()
                .map(OutletMapper::toApi).toList();
        return Page.of(rows, limit, o -> new Cursor(o.getName(), o.getId()));
    }

    @Transactional
    public List<Outlet> findByName(String name, OutletKind kind, String country, int limit) {
        return outlets.matchingName(normalizedOrReject("name", name), value(kind), country, limit).stream()
                .map(OutletMapper::toApi).toList();
    }

    @Transactional
    public List<Outlet> findByDomain(String domain, OutletKind kind, String country) {
        return outlets.owningDomain(parentDomains(domain), value(kind), country).map(OutletMapper::toApi).stream().toList();
    }

    @Transactional
    public Outlet create(OutletCreate request) {
        String normalizedName = normalizedOrReject("name", request.getName());
        outlets.havingAlias(normalizedName, null).ifPresent(existing -> {
            throw ApiProblem.conflict("Outlet " + existing.id + " (" + existing.name + ") is already known by the name '"
                    + request.getName() + "'; add aliases to it instead of creating a second outlet");
        });
        OutletEntity outlet = new OutletEntity();
        outlet.addAlias(request.getName().strip(), normalizedName, null);
        for (int i = 0; i < request.getAliases().size(); i++) {
            AliasCreate alias = request.getAliases().get(i);
            outlet.addAlias(alias.getAlias().strip(), normalizedOrReject("aliases[" + i + "].alias", alias.getAlias()),
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
        String normalizedName = normalizedOrReject("name", request.getName());
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
        String normalized = normalizedOrReject("alias", request.getAlias());
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
        return outlets.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("outlet", id));
    }

    private void apply(OutletEntity outlet, String name, OutletKind kind, String country, String language,
            Boolean verified, List<String> domains) {
        for (String domain : domains) {
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
        outlet.domains.addAll(domains);
    }

    /** The normalised form of a name, or a 400 naming the field when nothing would be left of it. */
    static String normalizedOrReject(String field, String name) {
        String normalized = NameNormalizer.normalize(name);
        if (normalized.isEmpty()) {
            throw ApiProblem.badRequest(field, "must contain at least one letter or digit");
        }
        return normalized;
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

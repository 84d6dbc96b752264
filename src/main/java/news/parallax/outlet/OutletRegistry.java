package news.parallax.outlet;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.runtime.StartupEvent;
import news.parallax.config.DataLoads;
import news.parallax.api.model.AliasCreate;
import news.parallax.api.model.OutletCreate;
import news.parallax.text.NameNormalizer;

/**
 * Loads the versioned outlet registry ({@code registry/outlets.json}) on start when its version is
 * newer than the one recorded in {@code data_load}: unknown outlets are created, known ones (same
 * name) gain the aliases and domains they lack. Outlets deleted by users stay deleted until the
 * file's version changes.
 */
@ApplicationScoped
public class OutletRegistry {

    static final String RESOURCE = "registry/outlets.json";
    private static final String LOAD_NAME = "outlet-registry";
    private static final Logger LOG = Logger.getLogger(OutletRegistry.class);

    record Registry(int version, String description, List<OutletCreate> outlets) {
    }

    @Inject
    OutletService service;

    @Inject
    OutletRepository outlets;

    @Inject
    DataLoads dataLoads;

    @Transactional
    @TransactionConfiguration(timeout = DataLoads.LOAD_TIMEOUT_SECONDS)
    void load(@Observes StartupEvent event) {
        Registry registry = dataLoads.read(RESOURCE, Registry.class);
        if (!dataLoads.isNew(LOAD_NAME, registry.version())) {
            return;
        }
        int created = 0;
        for (OutletCreate entry : registry.outlets()) {
            var existing = outlets.havingAlias(NameNormalizer.normalize(entry.getName()), null);
            if (existing.isPresent()) {
                complete(existing.get(), entry);
            } else {
                service.create(entry);
                created++;
            }
        }
        dataLoads.record(LOAD_NAME, registry.version());
        LOG.infof("Outlet registry version %d loaded: %d outlets created, %d already known",
                registry.version(), created, registry.outlets().size() - created);
    }

    private void complete(OutletEntity outlet, OutletCreate entry) {
        for (AliasCreate alias : entry.getAliases()) {
            outlet.addAlias(alias.getAlias(), NameNormalizer.normalize(alias.getAlias()), alias.getLanguage());
        }
        for (String domain : entry.getDomains()) {
            if (outlets.ownerOfDomain(domain, outlet.id).isEmpty()) {
                outlet.domains.add(domain);
            }
        }
    }
}

package news.parallax.config;

import java.time.Instant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Default;
import jakarta.inject.Inject;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;

/**
 * Which database the Hibernate sessions of this request use (Hibernate asks when it opens one):
 * the primary, unless the request was marked a read the replica may serve. Everything that is not
 * such a request (writes, background jobs, start-up) therefore uses the primary.
 */
@RequestScoped
@PersistenceUnitExtension
@Default // besides the qualifiers that make Hibernate and health find it
public class ReadRouting implements TenantResolver {

    @Inject
    ReadReplica replica;

    private boolean fromReplica;

    /**
     * Marks this request a read: the replica serves its sessions from now on if it is in use and
     * has replayed the client's last write ({@code null}: the client has none on record).
     */
    public void read(Instant clientsLastWrite) {
        fromReplica = replica.serves(clientsLastWrite);
    }

    @Override
    public String getDefaultTenantId() {
        return ReadReplica.PRIMARY;
    }

    @Override
    public String resolveTenantId() {
        return fromReplica ? ReadReplica.REPLICA : ReadReplica.PRIMARY;
    }
}

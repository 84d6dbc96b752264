package news.parallax.config;

import java.sql.Connection;
import java.sql.SQLException;

import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

import io.agroal.api.AgroalDataSource;

/**
 * Connections for a session {@link ReadRouting} sent to the replica: from the replica's pool, or
 * from the primary's when the replica cannot be reached, so that a read never fails because the
 * replica is down.
 */
final class ReplicaConnections implements ConnectionProvider {

    private final AgroalDataSource replica;
    private final ConnectionProvider primary;
    private final ReadReplica watch;

    ReplicaConnections(AgroalDataSource replica, ConnectionProvider primary, ReadReplica watch) {
        this.replica = replica;
        this.primary = primary;
        this.watch = watch;
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            return replica.getConnection();
        } catch (SQLException e) {
            watch.unreachable(e);
            return primary.getConnection();
        }
    }

    @Override
    public void closeConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> type) {
        return primary.isUnwrappableAs(type);
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        return primary.unwrap(type);
    }
}

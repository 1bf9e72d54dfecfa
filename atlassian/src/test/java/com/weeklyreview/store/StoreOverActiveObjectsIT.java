package com.weeklyreview.store;

import com.weeklyreview.atlassian.ActiveObjectsSession;
import net.java.ao.EntityManager;
import org.junit.jupiter.api.AfterAll;

/**
 * The store's whole contract (every repository) run the way Confluence and Jira run it: through
 * {@link ActiveObjectsSession} over the host's {@code ActiveObjects} interface, on H2.
 */
class StoreOverActiveObjectsIT extends StoreContract {

    private Store embedded;

    @Override
    StoreConfig config() {
        return StoreConfig.h2Memory("over-ao-" + System.nanoTime());
    }

    @Override
    Store openStore() {
        embedded = Store.open(config());
        var ao = com.weeklyreview.atlassian.HostActiveObjects.over(embedded.entityManager());
        return Store.over(new ActiveObjectsSession(ao));
    }

    @Override
    EntityManager raw() {
        return embedded.entityManager();
    }

    @AfterAll
    void closeEmbedded() {
        embedded.close();
    }
}

package com.weeklyreview.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where the store lives: a JDBC URL with its user and password. Embedded H2 in the data
 * directory is the default; PostgreSQL is chosen by giving its URL.
 *
 * @param url      the JDBC URL ({@code jdbc:h2:…} or {@code jdbc:postgresql:…})
 * @param user     the database user
 * @param password the database password
 */
public record StoreConfig(String url, String user, String password) {

    /** Creates a configuration, checking the URL names a supported database. */
    public StoreConfig {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("url must start with jdbc:h2: or jdbc:postgresql: but was " + url);
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /**
     * Returns an embedded H2 file database under {@code dataDir/db}. Commits are written at once
     * ({@code WRITE_DELAY=0}): H2's default half-second delay would lose batches an import already
     * reported as stored if the process were killed.
     */
    public static StoreConfig h2File(Path dataDir) {
        return new StoreConfig("jdbc:h2:file:" + dataDir.resolve("db").resolve("weekly-review").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0", "sa", "");
    }

    /** Returns a private in-memory H2 database, kept until the store is closed. */
    public static StoreConfig h2Memory(String name) {
        return new StoreConfig("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    /**
     * Reads {@code WSR_DB_URL}, {@code WSR_DB_USER} and {@code WSR_DB_PASSWORD} from the given
     * environment; without a URL, the H2 file database under {@code dataDir}.
     */
    public static StoreConfig fromEnvironment(Map<String, String> env, Path dataDir) {
        String url = env.get("WSR_DB_URL");
        if (url == null || url.isBlank()) {
            return h2File(dataDir);
        }
        return new StoreConfig(url, env.get("WSR_DB_USER"), env.get("WSR_DB_PASSWORD"));
    }

    /** Returns true for PostgreSQL. */
    public boolean postgres() {
        return url.startsWith("jdbc:postgresql:");
    }
}

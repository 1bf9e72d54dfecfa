package com.weeklyreview.wiki;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The host's settings, each read from a system property or, failing that, an environment
 * variable: {@code PORT} (8080), {@code HOST} (127.0.0.1), {@code WSR_DATA} (./data) and
 * {@code WSR_DEMO} (false).
 *
 * @param port    the HTTP port
 * @param host    the address to listen on
 * @param dataDir where pages, users and the database live
 * @param demo    whether demo users and data are installed
 */
public record HostConfig(int port, String host, Path dataDir, boolean demo) {

    /** Reads the settings from system properties and the environment. */
    public static HostConfig fromEnvironment() {
        int port = Integer.parseInt(setting("PORT").orElse("8080"));
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("PORT must be in [0, 65535] but was " + port);
        }
        return new HostConfig(port, setting("HOST").orElse("127.0.0.1"),
                Path.of(setting("WSR_DATA").orElse("data")).toAbsolutePath().normalize(),
                Boolean.parseBoolean(setting("WSR_DEMO").orElse("false")));
    }

    /** Returns a setting: the system property {@code name} (or its lower-case dotted form), else the environment. */
    public static Optional<String> setting(String name) {
        String dotted = name.toLowerCase(Locale.ROOT).replace('_', '.');
        return Optional.ofNullable(System.getProperty(name))
                .or(() -> Optional.ofNullable(System.getProperty(dotted)))
                .or(() -> Optional.ofNullable(System.getenv(name)))
                .filter(v -> !v.isBlank());
    }
}

package com.weeklyreview.wiki;

import com.weeklyreview.rest.auth.UserStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The product's users for this host: the demo users in demo mode, else {@code users.txt} in the data directory. */
public final class ProductUsers {

    private ProductUsers() {
    }

    /** Loads the users of a configuration. */
    public static UserStore of(HostConfig config) {
        if (config.demo()) {
            return UserStore.demo();
        }
        Path file = config.dataDir().resolve("users.txt");
        try {
            return Files.exists(file) ? UserStore.load(file) : UserStore.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

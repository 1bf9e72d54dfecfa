package com.weeklyreview.wiki;

import com.weeklyreview.rest.auth.UserStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The product's users for this host: the demo organisation in demo mode, else {@code users.txt}
 * in the data directory, with teams placed in regions by {@code regions.txt} ({@code team|region}).
 */
public final class ProductUsers {

    private ProductUsers() {
    }

    /** Loads the users of a configuration. */
    public static UserStore of(HostConfig config) {
        if (config.demo()) {
            return UserStore.demoOrganisation();
        }
        Path file = config.dataDir().resolve("users.txt");
        Path regions = config.dataDir().resolve("regions.txt");
        try {
            UserStore users = Files.exists(file) ? UserStore.load(file) : UserStore.empty();
            return Files.exists(regions) ? users.withRegions(UserStore.loadRegions(regions)) : users;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

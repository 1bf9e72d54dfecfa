package com.weeklyreview.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.user.User;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserStoreTest {

    @Test
    void everyUserComesByNameAndAChangedListLeavesTheStoreAsItWas(@TempDir Path dir) throws Exception {
        String hash = PasswordHash.hash("pw");
        Path file = dir.resolve("users.txt");
        Files.writeString(file, "wang|manager|east|王芳|" + hash + "\n"
                + "zhang|rep|east|张伟|" + hash + "\n"
                + "li|rep|west|李娜|" + hash + "\n");
        UserStore store = UserStore.load(file);
        List<User> all = store.all();
        assertThat(all).extracting(User::name).containsExactly("li", "wang", "zhang");
        all.clear();
        assertThat(store.all()).extracting(User::name).containsExactly("li", "wang", "zhang");
        assertThat(UserStore.demoOrganisation().all()).extracting(User::name).isSorted().contains("zhang", "wang");
    }
}

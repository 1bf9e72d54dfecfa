package com.weeklyreview.rest.auth;

import com.weeklyreview.core.user.Role;
import com.weeklyreview.core.user.User;
import com.weeklyreview.core.spi.UserDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The product's own user store: users with role, team and a PBKDF2 password hash.
 *
 * <p>The file form is one user a line, {@code name|role|team|display name|hash[|e-mail]}, with
 * {@code #} comments; {@link #demo()} gives API.md's demo users, each with password
 * {@code demo}. Outside demo mode no default password exists.
 */
public final class UserStore implements UserDirectory, Authenticator {

    private record Entry(User user, String hash, Optional<String> email) {
    }

    private final Map<String, Entry> users;
    /** Every user, by name: sorted once (a director's page asks for them several times a view). */
    private final List<User> sorted;
    private final Map<String, String> regions;
    /** Passwords verified in the last minutes; a new store (users reloaded) starts with none. */
    private final CredentialCache verified = new CredentialCache(java.time.Clock.systemUTC());

    private UserStore(Map<String, Entry> users) {
        this(users, Map.of());
    }

    private UserStore(Map<String, Entry> users, Map<String, String> regions) {
        this.users = Map.copyOf(users);
        this.sorted = this.users.values().stream().map(Entry::user).sorted(Comparator.comparing(User::name)).toList();
        this.regions = Map.copyOf(regions);
    }

    /**
     * Returns the demo organisation of the wiki host's demo mode: API.md's demo users (zhang and
     * li in team east, wang its manager, zhao the director, admin) and two more reps of east, team
     * hangzhou (manager qian) in region huadong with east, team north (manager ma) in region
     * huabei, four reps each: two regions, three teams, twelve reps. Password {@code demo}.
     */
    public static UserStore demoOrganisation() {
        Map<String, Entry> users = new TreeMap<>(demo().users);
        String hash = users.get("zhang").hash();
        String[][] more = {
                {"chen", "陈静", "rep", "east"}, {"zhou", "周杰", "rep", "east"},
                {"qian", "钱峰", "manager", "hangzhou"}, {"sun", "孙丽", "rep", "hangzhou"}, {"wu", "吴刚", "rep", "hangzhou"},
                {"zheng", "郑敏", "rep", "hangzhou"}, {"feng", "冯涛", "rep", "hangzhou"},
                {"ma", "马骏", "manager", "north"}, {"liu", "刘洋", "rep", "north"}, {"yang", "杨帆", "rep", "north"},
                {"huang", "黄磊", "rep", "north"}, {"he", "何静", "rep", "north"}};
        for (String[] u : more) {
            add(users, new User(u[0], u[1], Role.valueOf(u[2].toUpperCase(Locale.ROOT)), Optional.of(u[3])), hash,
                    u[0] + "@example.com");
        }
        return new UserStore(users, Map.of("east", "huadong", "hangzhou", "huadong", "north", "huabei"));
    }

    /** Returns this store with teams placed in regions ({@code team → region}). */
    public UserStore withRegions(Map<String, String> teamRegions) {
        return new UserStore(users, teamRegions);
    }

    /** Reads {@code team|region} lines ({@code #} comments) of a regions file. */
    public static Map<String, String> loadRegions(Path file) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\\|", -1);
            if (f.length != 2 || f[0].isBlank() || f[1].isBlank()) {
                throw new IOException(file + ": every line must be team|region but was " + l);
            }
            out.put(f[0].strip(), f[1].strip());
        }
        return out;
    }

    @Override
    public Optional<String> region(String team) {
        return Optional.ofNullable(regions.get(team));
    }

    /** Returns the demo users of API.md: zhang and li (reps of east), wang (manager of east), zhao (director), admin. */
    public static UserStore demo() {
        Map<String, Entry> users = new TreeMap<>();
        String hash = PasswordHash.hash("demo");
        add(users, new User("zhang", "张伟", Role.REP, Optional.of("east")), hash, "zhang@example.com");
        add(users, new User("li", "李娜", Role.REP, Optional.of("east")), hash, "li@example.com");
        add(users, new User("wang", "王强", Role.MANAGER, Optional.of("east")), hash, "wang@example.com");
        add(users, new User("zhao", "赵敏", Role.DIRECTOR, Optional.empty()), hash, "zhao@example.com");
        add(users, new User("admin", "管理员", Role.ADMIN, Optional.empty()), hash, "admin@example.com");
        return new UserStore(users);
    }

    /** Returns a store with no users: every call that needs a login answers 401. */
    public static UserStore empty() {
        return new UserStore(Map.of());
    }

    /** Loads users from a file in the form described on this class. */
    public static UserStore load(Path file) throws IOException {
        Map<String, Entry> users = new TreeMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|", -1);
            if (f.length != 5 && f.length != 6) {
                throw new IOException(file + " line " + (i + 1) + " must be name|role|team|display name|hash[|e-mail]");
            }
            Role role = Role.valueOf(f[1].strip().toUpperCase(Locale.ROOT));
            String team = f[2].strip();
            add(users, new User(f[0].strip(), f[3].strip(), role, team.isEmpty() ? Optional.empty() : Optional.of(team)),
                    f[4].strip(), f.length == 6 ? f[5].strip() : "");
        }
        return new UserStore(users);
    }

    private static void add(Map<String, Entry> users, User user, String hash, String email) {
        users.put(user.name(), new Entry(user, hash, email.isEmpty() ? Optional.empty() : Optional.of(email)));
    }

    /** Returns a user's e-mail address for reminders, when the store has one. */
    public Optional<String> email(String name) {
        return Optional.ofNullable(users.get(name)).flatMap(Entry::email);
    }

    /** Compared against when the user name is unknown, so that known and unknown names take the same time. */
    private static final String UNKNOWN_USER_HASH = PasswordHash.hash("\u0000 no user has this password");

    /**
     * {@inheritDoc}
     *
     * <p>A password verified against the user's PBKDF2 hash in the last {@link CredentialCache#TTL}
     * is answered from a {@link CredentialCache}; any other password (a wrong one included) is
     * checked against the hash.
     */
    @Override
    public Optional<User> authenticate(String name, String password) {
        if (password == null) {
            return Optional.empty();
        }
        Entry entry = name == null ? null : users.get(name);
        if (entry != null && verified.verified(name, password, entry.hash())) {
            return Optional.of(entry.user());
        }
        boolean matches = PasswordHash.matches(password, entry == null ? UNKNOWN_USER_HASH : entry.hash());
        if (matches && entry != null) {
            verified.remember(name, password, entry.hash());
            return Optional.of(entry.user());
        }
        return Optional.empty();
    }

    @Override
    public Optional<User> find(String name) {
        return Optional.ofNullable(users.get(name)).map(Entry::user);
    }

    @Override
    public List<User> all() {
        return new ArrayList<>(sorted);
    }
}

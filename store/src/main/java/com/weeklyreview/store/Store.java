package com.weeklyreview.store;

import com.weeklyreview.store.api.AoSession;
import com.weeklyreview.store.api.StoreException;
import com.weeklyreview.core.crm.Activity;
import com.weeklyreview.core.crm.CollectionRecord;
import com.weeklyreview.core.crm.CrmKind;
import com.weeklyreview.core.crm.Customer;
import com.weeklyreview.core.crm.Deal;
import com.weeklyreview.core.spi.RecordRepository;
import com.weeklyreview.store.entity.CommentEntity;
import com.weeklyreview.store.entity.CommitmentEntity;
import com.weeklyreview.store.entity.ReportEntity;
import com.weeklyreview.store.entity.ReviewEventEntity;
import com.weeklyreview.store.entity.TrackedItemEntity;
import com.weeklyreview.store.internal.AoCommitmentLog;
import com.weeklyreview.store.internal.CrmTables;
import com.weeklyreview.store.internal.RecordTable;
import com.weeklyreview.store.internal.AoReportRepository;
import com.weeklyreview.store.internal.AoTrackedItemRepository;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.DatabaseProvider;
import net.java.ao.DefaultSchemaConfiguration;
import net.java.ao.DisposableDataSource;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.RawEntity;
import net.java.ao.SchemaConfiguration;
import net.java.ao.builder.DelegatingDisposableDataSourceHandler;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.Case;
import net.java.ao.schema.DefaultIndexNameConverter;
import net.java.ao.schema.DefaultSequenceNameConverter;
import net.java.ao.schema.DefaultTriggerNameConverter;
import net.java.ao.schema.DefaultUniqueNameConverter;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.TableAnnotationTableNameConverter;
import net.java.ao.schema.UnderscoreFieldNameConverter;
import net.java.ao.schema.UnderscoreTableNameConverter;
import net.java.ao.schema.info.EntityInfoResolverFactory;

/**
 * The store: a pooled connection to H2 or PostgreSQL, an Active Objects entity manager with
 * Atlassian-style names (upper case, underscores), the schema created and migrated on open, and
 * the repositories over it.
 */
public final class Store implements AutoCloseable {

    /** Every entity of the store, migrated on open. */
    @SuppressWarnings("unchecked")
    public static final List<Class<? extends RawEntity<?>>> ENTITIES = entities(
            TrackedItemEntity.class, ReportEntity.class, CommentEntity.class, ReviewEventEntity.class,
            CommitmentEntity.class, com.weeklyreview.store.entity.WeekFactEntity.class,
            com.weeklyreview.store.entity.ReminderSentEntity.class, com.weeklyreview.store.entity.ChangeEntity.class,
            com.weeklyreview.store.entity.FactPendingEntity.class,
            com.weeklyreview.store.entity.AccessTokenEntity.class, com.weeklyreview.store.entity.SignedWeekEntity.class,
            com.weeklyreview.store.entity.FactSumEntity.class);

    private final HikariDataSource pool;
    private final EntityManager entityManager;
    private final AoSession session;
    private final Map<CrmKind<?>, RecordRepository<?>> records = new LinkedHashMap<>();
    private final AoTrackedItemRepository items;
    private final AoReportRepository reports;
    private final AoCommitmentLog commitments;
    private final com.weeklyreview.store.internal.AoCommentRepository comments;
    private final com.weeklyreview.store.internal.AoWeekFacts weekFacts;
    private final com.weeklyreview.store.tokens.AccessTokens tokens;
    private final Memo memo = new Memo();

    private Store(HikariDataSource pool, EntityManager entityManager, AoSession session) {
        this.pool = pool;
        this.entityManager = entityManager;
        this.session = session;
        for (RecordTable<?, ?> table : CrmTables.ALL) {
            records.put(table.kind(), table.repository(session));
        }
        // Every write of deals (imports included) keeps the signed sales by owner and week that the forecasts read.
        // and tells the memo whose they changed (a team's forecast is stale only when its members' signed sales are).
        com.weeklyreview.store.internal.AoSignedWeeks signedWeeks = new com.weeklyreview.store.internal.AoSignedWeeks(session,
                new com.weeklyreview.store.internal.AoSignedWeeks.Changes() {
                    @Override
                    public void owners(java.util.Set<String> owners) {
                        owners.forEach(o -> memo.changed(signedScope(o)));
                    }

                    @Override
                    public void all() {
                        memo.changed(SIGNED);
                    }
                });
        records.put(Deal.KIND, signedWeeks.keeping((com.weeklyreview.core.spi.DealRepository) records.get(Deal.KIND)));
        this.items = new AoTrackedItemRepository(session, memo::changed); // open items are on report pages
        this.reports = new AoReportRepository(session);
        this.commitments = new AoCommitmentLog(session);
        this.comments = new com.weeklyreview.store.internal.AoCommentRepository(session);
        this.weekFacts = new com.weeklyreview.store.internal.AoWeekFacts(session, signedWeeks);
        // A store that had deals before the sums were kept (the table is new) gets them once.
        signedWeeks.rebuildIfEmpty();
        // A store whose facts were written before their sums were kept (the table is new) sums them once.
        weekFacts.sumIfMissing();
        this.tokens = new com.weeklyreview.store.tokens.AccessTokens(session);
    }

    /**
     * Records that a reminder was sent; returns false when it already was (the unique key refuses a
     * second row, also when two nodes race).
     *
     * @throws StoreException when the database fails (the reminder is then not recorded, and must
     *                        not be sent: the caller reports the failure or tries again later)
     */
    public boolean markReminderSent(String key, java.time.Instant at) {
        try {
            if (session.count(com.weeklyreview.store.entity.ReminderSentEntity.class, "REMINDER_KEY = ?", key) > 0) {
                return false;
            }
            session.create(com.weeklyreview.store.entity.ReminderSentEntity.class,
                    new net.java.ao.DBParam("REMINDER_KEY", key), new net.java.ao.DBParam("SENT_AT", at.toEpochMilli()));
            return true;
        } catch (SQLException e) {
            // Another node recorded the same key between our count and our insert: the unique key
            // refused ours, and the row is there. Any other failure leaves no row and is reported.
            if (reminderRecorded(key, e)) {
                return false;
            }
            throw new StoreException("cannot record reminder " + key, e);
        }
    }

    private boolean reminderRecorded(String key, SQLException failure) {
        try {
            return session.count(com.weeklyreview.store.entity.ReminderSentEntity.class, "REMINDER_KEY = ?", key) > 0;
        } catch (SQLException | RuntimeException again) {
            failure.addSuppressed(again);
            return false;
        }
    }

    /** Returns when a reminder was recorded as sent, when it was (see {@link #markReminderSent}). */
    public java.util.Optional<java.time.Instant> reminderSentAt(String key) {
        try {
            com.weeklyreview.store.entity.ReminderSentEntity[] found = session.find(
                    com.weeklyreview.store.entity.ReminderSentEntity.class,
                    net.java.ao.Query.select().where("REMINDER_KEY = ?", key));
            return found.length == 0 ? java.util.Optional.empty()
                    : java.util.Optional.of(java.time.Instant.ofEpochMilli(found[0].getSentAt()));
        } catch (SQLException e) {
            throw new StoreException("cannot read reminder " + key, e);
        }
    }

    /** Returns the rollups' week facts. */
    public com.weeklyreview.store.api.WeekFacts weekFacts() {
        return weekFacts;
    }

    /**
     * The memo scope changed by any change of signed deals that cannot say whose (a rebuild of the sums,
     * a write whose stored deals could not be read); see {@link #signedScope}.
     */
    public static final String SIGNED = "signed";

    /**
     * The memo scope of what is derived from one owner's signed deals (a forecast): every write of deals
     * changes the scopes of the owners whose signed sales it may have changed, once it is stored.
     */
    public static String signedScope(String owner) {
        return SIGNED + "|" + owner;
    }

    /** Returns the values derived from the data, kept until it changes (see {@link Memo}). */
    public Memo memo() {
        return memo;
    }

    /** Returns the personal access tokens. */
    public com.weeklyreview.store.tokens.AccessTokens tokens() {
        return tokens;
    }

    /** Returns the inline comments. */
    public com.weeklyreview.core.spi.CommentRepository comments() {
        return comments;
    }

    /**
     * Returns the store over a host's Active Objects (Confluence, Jira: the host owns the schema,
     * the connections and their lifecycle; {@link #close()} then closes nothing).
     */
    public static Store over(AoSession session) {
        return new Store(null, null, session);
    }

    /** Opens the store and creates or migrates its schema. */
    @SuppressWarnings("unchecked")
    public static Store open(StoreConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.url());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(8);
        hikari.setPoolName("weekly-review");
        if (config.postgres()) {
            // One multi-row INSERT per statement batch instead of one round trip per row.
            hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        HikariDataSource pool = new HikariDataSource(hikari);
        try {
            DisposableDataSource source = DelegatingDisposableDataSourceHandler.newInstance(pool, pool::close);
            DatabaseProvider provider = config.postgres()
                    ? new PostgreSQLDatabaseProvider(source, "public")
                    : new H2DatabaseProvider(source, "PUBLIC");
            EntityManager em = new EntityManager(provider, configuration());
            em.migrate(ENTITIES.toArray(new Class[0]));
            return new Store(pool, em, new com.weeklyreview.store.internal.EntityManagerSession(em));
        } catch (SQLException | RuntimeException e) {
            pool.close();
            throw new StoreException("cannot open the store at " + config.url(), e);
        }
    }

    private static EntityManagerConfiguration configuration() {
        NameConverters names = new SimpleNameConverters(
                new TableAnnotationTableNameConverter(new UnderscoreTableNameConverter(Case.UPPER)),
                new UnderscoreFieldNameConverter(Case.UPPER),
                new DefaultSequenceNameConverter(), new DefaultTriggerNameConverter(),
                new DefaultIndexNameConverter(), new DefaultUniqueNameConverter());
        SchemaConfiguration schema = new DefaultSchemaConfiguration();
        // Resolved once per entity type, not on every query (the simple factory re-reads the annotations each time).
        EntityInfoResolverFactory resolvers = new net.java.ao.schema.info.CachingEntityInfoResolverFactory();
        return new EntityManagerConfiguration() {
            @Override
            public boolean useWeakCache() {
                return false;
            }

            @Override
            public NameConverters getNameConverters() {
                return names;
            }

            @Override
            public SchemaConfiguration getSchemaConfiguration() {
                return schema;
            }

            @Override
            public EntityInfoResolverFactory getEntityInfoResolverFactory() {
                return resolvers;
            }
        };
    }

    /** Returns the deals. */
    public com.weeklyreview.core.spi.DealRepository deals() {
        return (com.weeklyreview.core.spi.DealRepository) records(Deal.KIND);
    }

    /** Returns the customers. */
    public com.weeklyreview.core.spi.CustomerRepository customers() {
        return (com.weeklyreview.core.spi.CustomerRepository) records(Customer.KIND);
    }

    /** Returns the activities. */
    public com.weeklyreview.core.spi.ActivityRepository activities() {
        return (com.weeklyreview.core.spi.ActivityRepository) records(Activity.KIND);
    }

    /** Returns the collections. */
    public com.weeklyreview.core.spi.CollectionRepository collections() {
        return (com.weeklyreview.core.spi.CollectionRepository) records(CollectionRecord.KIND);
    }

    /**
     * Runs work whose bulk writes commit together, in one transaction on one connection, where the
     * store has a JDBC connection (elsewhere each write is its own transaction); an exception rolls
     * all of them back.
     */
    public <T> T together(java.util.function.Supplier<T> work) {
        try {
            return session.together(work::get);
        } catch (SQLException e) {
            throw new StoreException("cannot run a unit of writes", e);
        }
    }

    /** Returns the CRM kinds the store holds, in order ({@code deals, customers, activities, collections}). */
    public static List<CrmKind<?>> kinds() {
        return CrmTables.kinds();
    }

    /** Returns the records of a CRM kind the store holds. */
    @SuppressWarnings("unchecked")
    public <T> RecordRepository<T> records(CrmKind<T> kind) {
        RecordRepository<?> repository = records.get(kind);
        if (repository == null) {
            throw new IllegalArgumentException("the store holds no " + kind);
        }
        return (RecordRepository<T>) repository;
    }

    /** The CRM tables' entities first, then the others. */
    @SafeVarargs
    private static List<Class<? extends RawEntity<?>>> entities(Class<? extends RawEntity<?>>... others) {
        List<Class<? extends RawEntity<?>>> all = new java.util.ArrayList<>();
        CrmTables.ALL.forEach(t -> all.add(t.entity()));
        all.addAll(List.of(others));
        return List.copyOf(all);
    }

    /** Returns the tracked items. */
    public com.weeklyreview.core.spi.TrackedItemRepository items() {
        return items;
    }

    /** Returns the report pages. */
    public com.weeklyreview.core.spi.ReportRepository reports() {
        return reports;
    }

    /** Returns the commitment chain. */
    public com.weeklyreview.core.spi.CommitmentLog commitments() {
        return commitments;
    }

    /**
     * Returns the store's own entity manager (tests reach the raw tables through it); a store over
     * a host's Active Objects has none.
     */
    public EntityManager entityManager() {
        if (entityManager == null) {
            throw new IllegalStateException("this store runs over the host's Active Objects");
        }
        return entityManager;
    }

    /** Deletes every row of every table; for tests. */
    public void clear() {
        try {
            for (Class<? extends RawEntity<?>> type : ENTITIES) {
                deleteAll(type);
            }
            memo.clear();
            com.weeklyreview.store.api.ReadScope.changed();
        } catch (SQLException e) {
            throw new StoreException("cannot clear the store", e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void deleteAll(Class type) throws SQLException {
        session.deleteWithSQL(type, "1 = 1");
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.close();
        }
    }
}

package com.weeklyreview.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The schema the entities create keeps Atlassian's Active Objects limits, so the same entities
 * move into Confluence/Jira: table and column names of at most 30 characters and no SQL
 * reserved words.
 */
class SchemaNamesIT {

    private static final Set<String> RESERVED = Set.of("ACCESS", "ADD", "ALL", "ALTER", "AND", "ANY", "AS", "ASC", "AT",
            "BETWEEN", "BY", "CASE", "CHECK", "COLUMN", "COMMENT", "CONSTRAINT", "CREATE", "CURRENT", "DATE", "DEFAULT",
            "DELETE", "DESC", "DISTINCT", "DROP", "ELSE", "END", "EXISTS", "FILE", "FOR", "FROM", "GRANT", "GROUP",
            "HAVING", "IN", "INDEX", "INSERT", "INTERVAL", "INTO", "IS", "KEY", "LEVEL", "LIKE", "LIMIT", "LOCK", "MODE",
            "NOT", "NULL", "NUMBER", "OF", "OFFSET", "ON", "OPTION", "OR", "ORDER", "POSITION", "PRIMARY", "PUBLIC",
            "RANGE", "REFERENCES", "RESOURCE", "ROW", "ROWID", "ROWNUM", "ROWS", "SELECT", "SESSION", "SET", "SHARE",
            "SIZE", "START", "SYSDATE", "SYSTEM", "TABLE", "THEN", "TIME", "TIMESTAMP", "TO", "TRIGGER", "UID", "UNION",
            "UNIQUE", "UPDATE", "USER", "VALUE", "VALUES", "VIEW", "WHEN", "WHERE", "WITH", "YEAR");

    @Test
    void tableAndColumnNamesFitActiveObjectsLimits() throws Exception {
        List<String> names = new ArrayList<>();
        try (Store store = Store.open(Databases.h2());
             Connection c = store.entityManager().getProvider().getConnection();
             ResultSet tables = c.getMetaData().getTables(null, "PUBLIC", "WSR_%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String table = tables.getString("TABLE_NAME");
                names.add(table);
                try (ResultSet columns = c.getMetaData().getColumns(null, "PUBLIC", table, null)) {
                    while (columns.next()) {
                        names.add(table + "." + columns.getString("COLUMN_NAME"));
                    }
                }
            }
        }

        assertThat(names).filteredOn(n -> !n.contains(".")).hasSize(Store.ENTITIES.size());
        assertThat(names).allSatisfy(n -> {
            String name = n.substring(n.indexOf('.') + 1);
            assertThat(name.length()).as(n).isLessThanOrEqualTo(30);
            assertThat(RESERVED).as(n).doesNotContain(name);
        });
    }
}

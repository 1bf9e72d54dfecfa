package com.weeklyreview.store.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvRowReaderTest {

    private static List<Row> read(String csv) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (CsvRowReader r = new CsvRowReader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
            Optional<Row> row;
            while ((row = r.next()).isPresent()) {
                rows.add(row.get());
            }
        }
        return rows;
    }

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
        List<Row> rows = read("\uFEFFexternalId,note\r\nA1,\"hello, \"\"world\"\"\"\r\nA2,\"two\nlines\"\nA3,简单\n");

        assertThat(rows).extracting(Row::line).containsExactly(2L, 3L, 5L);
        assertThat(rows.get(0).cells()).containsEntry("externalId", "A1").containsEntry("note", "hello, \"world\"");
        assertThat(rows.get(1).cells()).containsEntry("note", "two\nlines");
        assertThat(rows.get(2).cells()).containsEntry("note", "简单");
    }

    @Test
    void skipsBlankLinesAndToleratesShortRows() throws IOException {
        List<Row> rows = read("a,b,c\n\n1,2\n");

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.cells()).containsEntry("a", "1").containsEntry("b", "2").doesNotContainKey("c");
        });
    }

    @Test
    void anUnclosedQuoteIsMalformed() {
        assertThatThrownBy(() -> read("a,b\n1,\"open\n"))
                .isInstanceOf(MalformedInputException.class).hasMessage("line 2: a quoted field is not closed");
    }

    @Test
    void anEmptyFileHasNoHeader() {
        assertThatThrownBy(() -> read("")).isInstanceOf(MalformedInputException.class);
    }
}

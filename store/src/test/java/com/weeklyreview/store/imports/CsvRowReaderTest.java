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

    private static List<Row> read(byte[] bytes, Optional<java.nio.charset.Charset> declared) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (CsvRowReader r = new CsvRowReader(new ByteArrayInputStream(bytes), declared)) {
            Optional<Row> row;
            while ((row = r.next()).isPresent()) {
                rows.add(row.get());
            }
        }
        return rows;
    }

    @Test
    void gbkIsDetectedAndReadUngarbled() throws IOException {
        byte[] gbk = "客户,负责人\n华东机械,张伟\n".getBytes(java.nio.charset.Charset.forName("GBK"));

        List<Row> rows = read(gbk, Optional.empty());

        assertThat(rows).singleElement().satisfies(r -> assertThat(r.cells()).containsEntry("客户", "华东机械")
                .containsEntry("负责人", "张伟"));
    }

    @Test
    void gbkAfterMoreThanABufferOfAsciiIsStillDetected() throws IOException {
        StringBuilder csv = new StringBuilder("id,name\n");
        int ascii = 0;
        while (csv.length() < 200_000) {
            csv.append("A").append(ascii++).append(",plain\n");
        }
        csv.append("Z,杭州云图科技\n");

        List<Row> rows = read(csv.toString().getBytes(java.nio.charset.Charset.forName("GBK")), Optional.empty());

        assertThat(rows).hasSize(ascii + 1);
        assertThat(rows.get(ascii).cells()).containsEntry("name", "杭州云图科技");
    }

    @Test
    void utf8WithAndWithoutBomAndDeclaredCharsetsReadAlike() throws IOException {
        String csv = "名称\n宁波港务\n";
        byte[] utf8 = csv.getBytes(StandardCharsets.UTF_8);
        byte[] bom = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
        byte[] gb18030 = csv.getBytes(java.nio.charset.Charset.forName("GB18030"));

        for (List<Row> rows : List.of(read(utf8, Optional.empty()), read(bom, Optional.empty()),
                read(bom, Optional.of(StandardCharsets.UTF_8)), read(gb18030, Optional.of(java.nio.charset.Charset.forName("GBK"))),
                read(gb18030, Optional.empty()))) {
            assertThat(rows).singleElement().satisfies(r -> assertThat(r.cells()).containsEntry("名称", "宁波港务"));
        }
    }

    @Test
    void bytesThatAreNoTextInTheCharsetAreMalformedNotGarbled() {
        byte[] utf8ThenBroken = "name\n张伟\n".getBytes(StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(utf8ThenBroken, utf8ThenBroken.length + 3);
        broken[broken.length - 3] = (byte) 0xB0;
        broken[broken.length - 2] = (byte) 0x0A;
        broken[broken.length - 1] = (byte) 0x0A;

        assertThatThrownBy(() -> read(broken, Optional.empty())).isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("UTF-8");
    }
}

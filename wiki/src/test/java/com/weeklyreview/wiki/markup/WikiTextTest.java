package com.weeklyreview.wiki.markup;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.spi.StoredReport;
import com.weeklyreview.wiki.rest.WikiReportPages;
import com.weeklyreview.wiki.security.ProductPluginManager;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Nothing a user typed becomes wiki markup: one test per value the product writes into a page. */
class WikiTextTest {


    private static StoredReport report(String owner) {
        return new StoredReport(25, owner, IsoWeek.parse("2026-W48"), "draft", "/x", owner,
                Instant.parse("2026-11-27T02:00:00Z"), Optional.empty(), Optional.empty());
    }

    /** Returns the text with every character reference removed: what is left may contain no markup opener. */
    private static String unescapedMarkup(String text) {
        return text.replaceAll("&#\\d+;", "");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[{Image src='x'}]", "[[{x}]", "[a|javascript:alert(1)]", "%%(x) y %%", "!!!heading",
            "| table | row |", "''italic''", "__bold__", "\\\\break", "* list", "# list", "----", "{{{mono}}}", "~[escaped", "~~~[x|https://e.x]", "[{$jspwiki.baseURL}]", "<b>x</b>", "&#91;{x}"})
    void everyMarkupOpenerIsEscaped(String value) {
        String literal = WikiText.literal(value);

        assertThat(unescapedMarkup(literal)).doesNotContainPattern("[\\[\\]{}|%!'_\\\\*#~&<>$;:=^@-]");
    }

    @Test
    void lineBreaksAndInvisibleCharactersCannotStartANewLineOfMarkup() {
        assertThat(WikiText.literal("a\n!!! b\r\n----")).doesNotContain("\n").startsWith("a &#33;&#33;&#33; b");
        assertThat(WikiText.literal("\u200b[{x}]")).isEqualTo("&#91;&#123;x&#125;&#93;");
        assertThat(WikiText.literal(";term:def")).isEqualTo("&#59;term&#58;def");
        assertThat(WikiText.literal("客户预算冻结，下周再谈 (3.5万)")).isEqualTo("客户预算冻结，下周再谈 (3.5万)");
    }

    @Test
    void theOwnerMustBeAPlainUserName() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WikiReportPages.template(report("zhang' x='[{Image}]"), Locale.SIMPLIFIED_CHINESE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("owner");
        assertThat(WikiReportPages.template(report("zhang_wei.2"), Locale.ENGLISH)).contains("owner='zhang_wei.2'");
    }

    @Test
    void everyPluginTheTemplateCallsIsAProductMacro() throws Exception {
        String page = WikiReportPages.template(report("zhang"), Locale.SIMPLIFIED_CHINESE);
        var calls = java.util.regex.Pattern.compile("\\[\\{(\\w+)").matcher(page);
        int count = 0;
        while (calls.find()) {
            // Resolved as the host resolves it: a catalogue or lead macro's name, or a class name older pages use.
            var plugin = new ProductPluginManager().newWikiPlugin(calls.group(1), null);
            assertThat(plugin).as(calls.group(1)).isNotNull();
            assertThat(ProductPluginManager.allowed(plugin.getClass())).as(calls.group(1)).isTrue();
            count++;
        }
        assertThat(count).isGreaterThan(8);
        assertThat(ProductPluginManager.allowed(String.class)).isFalse();
    }
}

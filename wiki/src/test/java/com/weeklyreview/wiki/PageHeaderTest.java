package com.weeklyreview.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The {@code <html lang>} of wiki pages: a BCP 47 tag of the language the product's labels are shown in. */
class PageHeaderTest {

    @Test
    void theLanguageTagIsBcp47NotJavasLocaleForm() {
        assertThat(PageHeader.languageTag(Locale.SIMPLIFIED_CHINESE)).isEqualTo("zh-CN").doesNotContain("_");
        assertThat(PageHeader.languageTag(Locale.forLanguageTag("zh-Hans-CN"))).isEqualTo("zh-CN");
        assertThat(PageHeader.languageTag(Locale.US)).isEqualTo("en");
        assertThat(PageHeader.languageTag(Locale.GERMANY)).as("no German labels: the page is English").isEqualTo("en");
    }
}

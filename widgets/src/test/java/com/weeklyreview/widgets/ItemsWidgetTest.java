package com.weeklyreview.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.items.Cause;
import com.weeklyreview.core.items.ItemStatus;
import com.weeklyreview.core.items.ItemType;
import com.weeklyreview.core.items.NewItem;
import com.weeklyreview.core.items.TrackedItem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ItemsWidgetTest {

    private static final ItemsWidget ITEMS = new ItemsWidget(new TemplateRenderer());

    private static TrackedItem item(long id, String deadline) {
        return new TrackedItem(id, new NewItem(ItemType.ACTION, "合同审批提速", "zhang", LocalDate.parse(deadline), null,
                Cause.CONTROLLABLE, "审批时间从 4 天降到 2 天"), ItemStatus.OPEN, "wang", Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void overdueItemsAreRedInThePalettesRed() {
        Markup html = Markup.parse(ITEMS.render(new ItemsWidget.Input(List.of(item(1, "2026-11-20"), item(2, "2026-12-02")),
                LocalDate.of(2026, 11, 27)), Locale.SIMPLIFIED_CHINESE));

        assertThat(html.nodes("//tr[@class='wsr-overdue'][@style='color:" + Theme.RED + "']").getLength()).isEqualTo(1);
        assertThat(html.texts("//tr[@class='wsr-overdue']/@data-item")).containsExactly("1");
    }

    @Test
    void theOwnerIsShownByDisplayName() {
        Markup html = Markup.parse(ITEMS.render(new ItemsWidget.Input(List.of(item(1, "2026-12-02")), LocalDate.of(2026, 11, 27),
                u -> u.equals("zhang") ? "张伟" : u), Locale.SIMPLIFIED_CHINESE));

        assertThat(html.texts("//tbody/tr/td[2]")).containsExactly("张伟");
    }
}

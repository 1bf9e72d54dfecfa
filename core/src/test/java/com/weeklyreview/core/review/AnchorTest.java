package com.weeklyreview.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.weeklyreview.core.report.InvalidInputException;
import org.junit.jupiter.api.Test;

class AnchorTest {

    private static final String PAGE = "竞品降价导致 3 个意向客户暂停。\n下周跟进：竞品降价 的影响。";

    @Test
    void anAnchorStaysAttachedWhileItsOccurrenceIsOnThePage() {
        assertThat(new Anchor("竞品降价", 1).attachedTo(PAGE)).isTrue();
        assertThat(new Anchor("竞品降价", 2).attachedTo(PAGE)).isTrue();
        assertThat(new Anchor("竞品降价", 3).attachedTo(PAGE)).isFalse();
        assertThat(new Anchor("3 个意向客户\n暂停", 1).attachedTo(PAGE)).isTrue();
    }

    @Test
    void editingThePassageAwayDetachesIt() {
        assertThat(new Anchor("3 个意向客户暂停", 1).attachedTo("全部改写了。")).isFalse();
    }

    @Test
    void anAnchorNeedsTextAndAPositiveOccurrence() {
        assertThatThrownBy(() -> new Anchor(" ", 0)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(v -> v.path()).containsExactly("text", "occurrence"));
    }
}

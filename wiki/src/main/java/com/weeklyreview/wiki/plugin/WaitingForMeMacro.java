package com.weeklyreview.wiki.plugin;

/** {@code [{WaitingForMe}]}: the front page of managers and directors: reports waiting for my review (oldest first, with the time since submission), the team's week at a glance with a remind action, the team's open and overdue items (JSPWiki plugin). */
public final class WaitingForMeMacro extends LeadMacro {

    @Override
    String name() {
        return "WaitingForMe";
    }
}

package com.weeklyreview.application.service;

import com.weeklyreview.core.spi.StoredReport;
import com.weeklyreview.core.review.Comment;
import com.weeklyreview.application.ApplicationServices;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A report's comment threads on the wire, each with its replies and whether its passage still exists. */
public final class Threads {

    private Threads() {
    }

    /** Returns the threads of a report, oldest first, detached ones flagged. */
    public static List<Map<String, Object>> of(ApplicationServices services, StoredReport report) {
        Optional<String> page = services.pages().pageText(report);
        List<Comment> all = services.store().comments().byReport(report.id());
        List<Map<String, Object>> threads = new ArrayList<>();
        for (Comment c : all) {
            if (c.parentId().isPresent()) {
                continue;
            }
            Map<String, Object> thread = named(services, c);
            c.anchor().ifPresent(a -> {
                Map<String, Object> anchor = new LinkedHashMap<>();
                anchor.put("text", a.text());
                anchor.put("occurrence", a.occurrence());
                thread.put("anchor", anchor);
                thread.put("detached", page.map(text -> !a.attachedTo(text)).orElse(false));
            });
            thread.put("resolved", c.resolved());
            thread.put("replies", all.stream().filter(r -> r.parentId().filter(p -> p == c.id()).isPresent())
                    .map(r -> named(services, r)).toList());
            threads.add(thread);
        }
        return threads;
    }

    /** Returns one comment on the wire with its author's display name ({@code authorName}). */
    private static Map<String, Object> named(ApplicationServices services, Comment c) {
        Map<String, Object> m = json(c);
        m.put("authorName", services.users().find(c.author()).map(u -> u.displayName()).orElse(c.author()));
        return m;
    }

    /** Returns one comment on the wire. */
    public static Map<String, Object> json(Comment c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("reportId", c.reportId());
        c.parentId().ifPresent(p -> m.put("parentId", p));
        m.put("body", c.body());
        m.put("author", c.author());
        m.put("createdAt", c.createdAt().toString());
        return m;
    }
}

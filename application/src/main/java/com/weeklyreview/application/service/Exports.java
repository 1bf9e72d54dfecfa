package com.weeklyreview.application.service;

import com.weeklyreview.core.evaluation.Evaluation;
import com.weeklyreview.core.spi.StoredReport;
import com.weeklyreview.core.report.WeeklyReport;
import com.weeklyreview.core.review.Comment;
import com.weeklyreview.core.review.ReviewEvent;
import com.weeklyreview.core.review.ReviewState;
import com.weeklyreview.core.review.ReviewerRubric;
import com.weeklyreview.core.rollup.Quarter;
import com.weeklyreview.core.rollup.Rollup;
import com.weeklyreview.core.rollup.WeekFact;
import com.weeklyreview.core.user.Role;
import com.weeklyreview.core.user.User;
import com.weeklyreview.application.ApplicationServices;
import com.weeklyreview.widgets.Labels;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report's or a quarter's export as a table in the viewer's language: headers and values
 * translated (states, grades, findings, lights), numbers as numbers. The same table becomes CSV
 * or an Excel workbook (Apache POI); every figure comes from the evaluation or the rollup facts the
 * pages show.
 */
public final class Exports {

    /**
     * A table: a header row and rows whose cells are text or numbers ({@link BigDecimal}).
     *
     * @param sheet  the sheet's name
     * @param header the column headers
     * @param rows   the rows
     */
    public record Table(String sheet, List<String> header, List<List<Object>> rows) {
    }

    private final ApplicationServices services;
    private final ReportFacts facts;

    /** Creates the exports over the services. */
    public Exports(ApplicationServices services) {
        this.services = services;
        this.facts = services.facts();
    }

    private String name(String user) {
        return services.users().find(user).map(User::displayName).orElse(user);
    }

    private String time(java.time.Instant at) {
        ZoneId zone = services.settings().calendar().zone();
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(at.atZone(zone));
    }

    /** Returns a report's export: figures, findings, problems, plan, comments, review state and scores. */
    public Table report(StoredReport report, Labels labels) {
        WeeklyReport typed = facts.typed(report);
        Evaluation e = facts.evaluation(report);
        List<List<Object>> rows = new ArrayList<>();
        String review = labels.get("export.review");
        rows.add(List.of(review, labels.get("export.owner"), name(report.owner())));
        rows.add(List.of(review, labels.get("export.week"), report.week().toString()));
        rows.add(List.of(review, labels.get("export.state"), labels.get("state." + ReviewState.fromWire(report.state())
                .orElse(ReviewState.DRAFT).name())));
        for (ReviewEvent ev : services.store().reports().history(report.id())) {
            rows.add(List.of(review, time(ev.at()) + " " + name(ev.actor()), labels.get("review.action." + ev.action().wireName())
                    + (ev.reason() == null ? "" : ": " + ev.reason())));
        }
        String fig = labels.get("export.figures");
        e.sales().ifPresent(s -> {
            rows.add(List.of(fig, labels.get("export.salesTarget"), s.target()));
            rows.add(List.of(fig, labels.get("export.salesActual"), s.actual()));
            rows.add(List.of(fig, labels.get("export.attainment"), s.attainmentPct()));
            rows.add(List.of(fig, labels.get("export.gap"), s.gap()));
        });
        e.collections().ifPresent(c -> {
            rows.add(List.of(fig, labels.get("export.collectionsPlanned"), c.planned()));
            rows.add(List.of(fig, labels.get("export.collectionsActual"), c.actual()));
            rows.add(List.of(fig, labels.get("export.collectionsRate"), c.ratePct()));
        });
        e.funnel().flatMap(f -> f.overallPct()).ifPresent(p -> rows.add(List.of(fig, labels.get("export.funnelOverall"), p)));
        e.score().composite().ifPresent(c -> rows.add(List.of(fig, labels.get("export.composite"), c)));
        e.score().grade().ifPresent(g -> rows.add(List.of(fig, labels.get("export.grade"), labels.get("grade." + g.name()))));
        String scores = labels.get("export.scores");
        rows.add(List.of(scores, labels.get("rubric.completeness"), BigDecimal.valueOf(e.rubric().completeness())));
        rows.add(List.of(scores, labels.get("rubric.timeliness"), BigDecimal.valueOf(e.rubric().timeliness())));
        Optional<ReviewerRubric> rubric = report.rubric();
        rubric.ifPresent(r -> {
            rows.add(List.of(scores, labels.get("rubric.logic"), BigDecimal.valueOf(r.logic())));
            rows.add(List.of(scores, labels.get("rubric.depth"), BigDecimal.valueOf(r.depth())));
            rows.add(List.of(scores, labels.get("rubric.feasibility"), BigDecimal.valueOf(r.feasibility())));
            rows.add(List.of(scores, labels.get("export.quality"), BigDecimal.valueOf(r.total(e.rubric()))));
        });
        Integer previous = services.store().reports().find(report.owner(), report.week().previous())
                .flatMap(p -> p.rubric().map(r -> r.total(facts.evaluation(p).rubric())))
                .orElse(null);
        boolean coaching = ReviewerRubric.coaching(previous, rubric.map(r -> r.total(e.rubric())).orElse(null));
        rows.add(List.of(scores, labels.get("export.coaching"), labels.get(coaching ? "export.yes" : "export.no")));
        String findings = labels.get("export.findings");
        e.findings().forEach(f -> rows.add(List.of(findings, labels.has("severity." + f.severity().name())
                ? labels.get("severity." + f.severity().name()) : f.severity().name(), labels.finding(f))));
        String problems = labels.get("export.problems");
        int n = 1;
        for (var p : typed.problems()) {
            rows.add(List.of(problems, n + " " + labels.get("export.phenomenon"), nz(p.phenomenon())));
            rows.add(List.of(problems, n + " " + labels.get("export.impact"), nz(p.impact())));
            rows.add(List.of(problems, n + " " + labels.get("export.rootCause"), nz(p.rootCause())));
            n++;
        }
        String plan = labels.get("export.plan");
        typed.plan().ifPresent(p -> {
            rows.add(List.of(plan, labels.get("export.planTarget"), p.target()));
            for (var s : p.split()) {
                rows.add(List.of(plan, nz(s.person()) + " · " + nz(s.action()) + (s.deadline() == null ? "" : " · " + s.deadline()),
                        s.amount()));
            }
        });
        String comments = labels.get("export.comments");
        for (Comment c : services.store().comments().byReport(report.id())) {
            rows.add(List.of(comments, time(c.createdAt()) + " " + name(c.author()),
                    c.anchor().map(a -> "「" + a.text() + "」 ").orElse("") + c.body()));
        }
        return new Table(labels.get("export.sheet.report"),
                List.of(labels.get("export.section"), labels.get("export.item"), labels.get("export.value")), rows);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Returns a quarter's rollup: one row per region, team and person with target, actual, attainment and light. */
    public Table rollup(List<String> teams, Quarter quarter, Labels labels) {
        List<WeekFact> all = services.store().weekFacts().find(teams, quarter.weeks());
        Map<String, List<String>> byRegion = new TreeMap<>();
        List<String> shown = teams.isEmpty() ? services.users().all().stream().filter(u -> u.role() == Role.REP)
                .map(u -> u.team().orElse("")).filter(t -> !t.isEmpty()).distinct().sorted().toList() : teams;
        for (String t : shown) {
            byRegion.computeIfAbsent(services.users().region(t).orElse(""), k -> new ArrayList<>()).add(t);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (var region : byRegion.entrySet()) {
            String regionName = region.getKey().isEmpty() ? labels.get("lead.noRegion")
                    : labels.has("region." + region.getKey()) ? labels.get("region." + region.getKey()) : region.getKey();
            Rollup rr = Rollup.of(all.stream().filter(f -> region.getValue().contains(f.team())).toList(), services.settings().lights());
            rows.add(line(quarter, labels.get("export.region"), regionName, "", "", rr.total(), labels));
            for (String team : region.getValue()) {
                Rollup tr = Rollup.of(all.stream().filter(f -> f.team().equals(team)).toList(), services.settings().lights());
                rows.add(line(quarter, labels.get("export.team"), regionName, team, "", tr.total(), labels));
                tr.people().forEach((person, l) -> rows.add(line(quarter, labels.get("export.person"), regionName, team,
                        name(person), l, labels)));
            }
        }
        return new Table(labels.get("export.sheet.rollup"), List.of(labels.get("export.quarter"), labels.get("export.level"),
                labels.get("export.region"), labels.get("export.team"), labels.get("export.person"), labels.get("export.target"),
                labels.get("export.actual"), labels.get("export.attainment"), labels.get("export.light"),
                labels.get("export.weeks")), rows);
    }

    private static List<Object> line(Quarter q, String level, String region, String team, String person, Rollup.Line l,
                                     Labels labels) {
        List<Object> row = new ArrayList<>();
        row.add(q.toString());
        row.add(level);
        row.add(region);
        row.add(team);
        row.add(person);
        row.add(l.target());
        row.add(l.actual());
        row.add(l.attainmentPct().<Object>map(x -> x).orElse(""));
        row.add(l.light().map(x -> labels.get("light." + x.name())).orElse(""));
        row.add(BigDecimal.valueOf(l.reports()));
        return row;
    }

    /** Writes a table as UTF-8 CSV with a byte-order mark (Excel and WPS open it), neutralising formulas. */
    public static String csv(Table table) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(Csv.row(table.header().toArray(String[]::new)));
        for (List<Object> row : table.rows()) {
            out.append(Csv.row(row.stream().map(Exports::text).toArray(String[]::new)));
        }
        return out.toString();
    }

    private static String text(Object cell) {
        return cell instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : String.valueOf(cell);
    }

    /** Writes a table as an Excel workbook (.xlsx): a bold header row, numbers as numeric cells. */
    public static byte[] xlsx(Table table) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(table.sheet());
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int i = 0; i < table.header().size(); i++) {
                Cell c = head.createCell(i);
                c.setCellValue(table.header().get(i));
                c.setCellStyle(bold);
            }
            int r = 1;
            for (List<Object> row : table.rows()) {
                Row line = sheet.createRow(r++);
                for (int i = 0; i < row.size(); i++) {
                    Object v = row.get(i);
                    Cell c = line.createCell(i);
                    if (v instanceof BigDecimal b) {
                        c.setCellValue(b.doubleValue());
                    } else {
                        c.setCellValue(String.valueOf(v));
                    }
                }
            }
            for (int i = 0; i < table.header().size(); i++) {
                sheet.setColumnWidth(i, 18 * 256);
            }
            sheet.createFreezePane(0, 1);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package com.weeklyreview.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.weeklyreview.core.evaluation.Evaluation;
import com.weeklyreview.core.evaluation.ReportEvaluator;
import com.weeklyreview.core.evaluation.TeamSettings;
import com.weeklyreview.core.report.WeeklyReport;
import com.weeklyreview.rest.internal.Json;
import com.weeklyreview.store.json.WeeklyReportBinder;
import com.weeklyreview.rest.json.EvaluationJson;
import com.weeklyreview.widgets.Labels;
import com.weeklyreview.text.FeedbackClassifiers;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The computation behind {@code POST /evaluate} on API.md's full example report: core's
 * evaluation alone, and the whole request path without HTTP (parse JSON, bind, evaluate,
 * write JSON).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EvaluateBenchmark {

    private byte[] body;
    private WeeklyReport report;
    private ReportEvaluator evaluator;
    private final WeeklyReportBinder binder = new WeeklyReportBinder();
    private final Labels labels = Labels.of(Locale.SIMPLIFIED_CHINESE);

    /** Loads the example and builds the evaluator once. */
    @Setup
    public void setUp() throws IOException {
        try (InputStream in = EvaluateBenchmark.class.getResourceAsStream("report.json")) {
            body = in.readAllBytes();
        }
        evaluator = new ReportEvaluator(TeamSettings.DEFAULT, FeedbackClassifiers.standard());
        report = binder.bind(Json.MAPPER.readTree(body));
    }

    /** Core only: KPI engine, funnel, score, rubric, feedback and findings. */
    @Benchmark
    public Evaluation coreEvaluate() {
        return evaluator.evaluate(report);
    }

    /** JSON in to JSON out, as the resource does it. */
    @Benchmark
    public byte[] jsonToJson() throws IOException {
        JsonNode tree = Json.MAPPER.readTree(body);
        return Json.MAPPER.writeValueAsBytes(EvaluationJson.of(evaluator.evaluate(binder.bind(tree)), labels));
    }
}

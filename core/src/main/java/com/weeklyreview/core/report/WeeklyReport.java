package com.weeklyreview.core.report;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One owner's report for one ISO week. Only owner and week are required; every other part may
 * be absent, which lowers the completeness score.
 */
public final class WeeklyReport {

    private final String owner;
    private final IsoWeek week;
    private final SalesInput sales;
    private final List<NewCustomer> newCustomers;
    private final CollectionsInput collections;
    private final FunnelCounts funnel;
    private final FunnelCounts previousFunnel;
    private final QualitativeInput qualitative;
    private final PartScores scores;
    private final List<FeedbackEntry> feedback;
    private final List<Problem> problems;
    private final Plan plan;
    private final List<PlanCheck> planCheck;
    private final OffsetDateTime submittedAt;
    private final java.util.Map<Channel, java.math.BigDecimal> channelCosts;

    private WeeklyReport(Builder b) {
        channelCosts = b.channelCosts == null ? java.util.Map.of() : java.util.Map.copyOf(b.channelCosts);
        owner = b.owner;
        week = b.week;
        sales = b.sales;
        newCustomers = b.newCustomers == null ? List.of() : List.copyOf(b.newCustomers);
        collections = b.collections;
        funnel = b.funnel;
        previousFunnel = b.previousFunnel;
        qualitative = b.qualitative;
        scores = b.scores;
        feedback = b.feedback == null ? List.of() : List.copyOf(b.feedback);
        problems = b.problems == null ? List.of() : List.copyOf(b.problems);
        plan = b.plan;
        planCheck = b.planCheck == null ? List.of() : List.copyOf(b.planCheck);
        submittedAt = b.submittedAt;
    }

    /** Starts a report for an owner (rep, team or region) and a week. */
    public static Builder builder(String owner, IsoWeek week) {
        return new Builder(owner, week);
    }

    /** Returns a builder holding every part of this report, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder(owner, week).sales(sales).newCustomers(newCustomers).collections(collections)
                .funnel(funnel).previousFunnel(previousFunnel).qualitative(qualitative).scores(scores)
                .feedback(feedback).problems(problems).plan(plan).planCheck(planCheck).submittedAt(submittedAt).channelCosts(channelCosts);
    }

    /** Returns what was spent this week to acquire customers, per channel (empty when not entered). */
    public java.util.Map<Channel, java.math.BigDecimal> channelCosts() {
        return channelCosts;
    }

    /** Returns the owner's name. */
    public String owner() {
        return owner;
    }

    /** Returns the report's ISO week. */
    public IsoWeek week() {
        return week;
    }

    /** Returns the sales part, when entered. */
    public Optional<SalesInput> sales() {
        return Optional.ofNullable(sales);
    }

    /** Returns the new customers (empty when none entered). */
    public List<NewCustomer> newCustomers() {
        return newCustomers;
    }

    /** Returns the collections part, when entered. */
    public Optional<CollectionsInput> collections() {
        return Optional.ofNullable(collections);
    }

    /** Returns this week's funnel, when entered. */
    public Optional<FunnelCounts> funnel() {
        return Optional.ofNullable(funnel);
    }

    /** Returns last week's funnel, when entered. */
    public Optional<FunnelCounts> previousFunnel() {
        return Optional.ofNullable(previousFunnel);
    }

    /** Returns the qualitative measures, when entered. */
    public Optional<QualitativeInput> qualitative() {
        return Optional.ofNullable(qualitative);
    }

    /** Returns a reviewer's override of the part scores, when given. */
    public Optional<PartScores> scores() {
        return Optional.ofNullable(scores);
    }

    /** Returns the customer feedback (empty when none entered). */
    public List<FeedbackEntry> feedback() {
        return feedback;
    }

    /** Returns the problems (empty when none entered). */
    public List<Problem> problems() {
        return problems;
    }

    /** Returns last week's plan as checked this week (empty when there is none or it was not checked). */
    public List<PlanCheck> planCheck() {
        return planCheck;
    }

    /** Returns next week's plan, when entered. */
    public Optional<Plan> plan() {
        return Optional.ofNullable(plan);
    }

    /** Returns when the report was submitted, when it was. */
    public Optional<OffsetDateTime> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    /** Builds a {@link WeeklyReport}; parts not set stay absent. */
    public static final class Builder {
        private final String owner;
        private final IsoWeek week;
        private SalesInput sales;
        private List<NewCustomer> newCustomers;
        private CollectionsInput collections;
        private FunnelCounts funnel;
        private FunnelCounts previousFunnel;
        private QualitativeInput qualitative;
        private PartScores scores;
        private List<FeedbackEntry> feedback;
        private List<Problem> problems;
        private Plan plan;
        private List<PlanCheck> planCheck;
        private OffsetDateTime submittedAt;
        private java.util.Map<Channel, java.math.BigDecimal> channelCosts;

        private Builder(String owner, IsoWeek week) {
            Checks c = new Checks();
            c.name("owner", owner).required("week", week);
            c.throwIfAny();
            this.owner = owner;
            this.week = week;
        }

        /** Sets the sales part. */
        public Builder sales(SalesInput value) {
            sales = value;
            return this;
        }

        /** Sets the new customers. */
        public Builder newCustomers(List<NewCustomer> value) {
            newCustomers = value;
            return this;
        }

        /** Sets the collections part. */
        public Builder collections(CollectionsInput value) {
            collections = value;
            return this;
        }

        /** Sets this week's funnel. */
        public Builder funnel(FunnelCounts value) {
            funnel = value;
            return this;
        }

        /** Sets last week's funnel. */
        public Builder previousFunnel(FunnelCounts value) {
            previousFunnel = value;
            return this;
        }

        /** Sets the qualitative measures. */
        public Builder qualitative(QualitativeInput value) {
            qualitative = value;
            return this;
        }

        /** Sets a reviewer's override of the part scores. */
        public Builder scores(PartScores value) {
            scores = value;
            return this;
        }

        /** Sets the customer feedback. */
        public Builder feedback(List<FeedbackEntry> value) {
            feedback = value;
            return this;
        }

        /** Sets the problems. */
        public Builder problems(List<Problem> value) {
            problems = value;
            return this;
        }

        /** Sets the check of last week's plan. */
        public Builder planCheck(List<PlanCheck> value) {
            planCheck = value;
            return this;
        }

        /** Sets next week's plan. */
        public Builder plan(Plan value) {
            plan = value;
            return this;
        }

        /** Sets the submission time. */
        public Builder submittedAt(OffsetDateTime value) {
            submittedAt = value;
            return this;
        }

        /** Sets the acquisition spend per channel, in yuan; amounts must not be negative. */
        public Builder channelCosts(java.util.Map<Channel, java.math.BigDecimal> value) {
            channelCosts = value;
            return this;
        }

        /** Builds the report, checking list sizes. */
        public WeeklyReport build() {
            Checks c = new Checks();
            c.maxItems("newCustomers", newCustomers).maxItems("feedback", feedback).maxItems("problems", problems).maxItems("planCheck", planCheck);
            if (channelCosts != null) {
                channelCosts.forEach((channel, cost) -> c.nonNegativeMoney("channelCosts." + channel.wireName(), cost));
            }
            c.throwIfAny();
            return new WeeklyReport(this);
        }
    }
}

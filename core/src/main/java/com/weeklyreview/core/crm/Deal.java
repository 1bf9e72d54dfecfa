package com.weeklyreview.core.crm;

import com.weeklyreview.core.report.Channel;
import com.weeklyreview.core.report.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A deal from the CRM.
 *
 * @param externalId       the CRM's id, the key of idempotent import
 * @param owner            the rep who owns it
 * @param customer         the customer's external id
 * @param stage            where it stands
 * @param amount           its value in yuan
 * @param expectedClose    when it is expected to close
 * @param promisedSignDate the signing date promised to the customer, when any
 * @param signedDate       when it was signed, when it was
 * @param channel          where it came from, when known
 * @param industry         the customer's industry, when known
 * @param lostReason       why it was lost, when it was
 */
public record Deal(String externalId, String owner, String customer, DealStage stage, BigDecimal amount,
                   LocalDate expectedClose, LocalDate promisedSignDate, LocalDate signedDate, Channel channel,
                   String industry, String lostReason) {

    /** Deals as an import reads them ({@code /import/deals}). */
    public static final CrmKind<Deal> KIND = CrmKind.<Deal>named("deals")
            .required("externalId", "商机编号,商机ID,机会编号,机会ID,外部编号,外部ID,编号,ID,CRM ID,deal id,opportunity id")
            .required("owner", CrmColumns.OWNER)
            .required("customer", "客户编号,客户ID,客户,客户名称,客户名,公司,公司名称,account,account name,customer name,company")
            .required("stage", "阶段,商机阶段,销售阶段,当前阶段,状态,sales stage,deal stage,status")
            .required("amount", "金额,商机金额,预计金额,预计成交金额,合同金额,成交金额,value,deal value,deal amount")
            .required("expectedClose", "预计成交日期,预计签单日期,预计结单日期,预计成交时间,预计签约日期,结单日期,"
                    + "expected close,expected close date,close date")
            .optional("promisedSignDate", "承诺签约日期,承诺签单日期,客户承诺签约日期,承诺日期,promised sign date,promised date")
            .optional("signedDate", "签约日期,成交日期,签单日期,赢单日期,实际成交日期,signed date,won date,closed date")
            .optional("channel", "渠道,来源,客户来源,商机来源,线索来源,获客渠道,source,lead source")
            .optional("industry", CrmColumns.INDUSTRY)
            .optional("lostReason", "输单原因,丢单原因,失败原因,lost reason")
            .parser(r -> {
                DealStage stage = r.oneOf("stage", CrmVocabulary::stage, DealStage::wireNames, DealStage.LEAD);
                BigDecimal amount = r.decimal("amount");
                LocalDate expectedClose = r.date("expectedClose");
                LocalDate promised = r.date("promisedSignDate");
                LocalDate signed = r.date("signedDate");
                Channel channel = r.text("channel") == null ? null
                        : r.oneOf("channel", CrmVocabulary::channel, Channel::wireNames, Channel.OTHER);
                return r.build(() -> new Deal(r.text("externalId"), r.text("owner"), r.text("customer"), stage, amount,
                        expectedClose, promised, signed, channel, r.text("industry"), r.text("lostReason")));
            })
            .keys(Deal::externalId, Deal::owner)
            .customer(Deal::customer, (d, c) -> new Deal(d.externalId(), d.owner(), c, d.stage(), d.amount(),
                    d.expectedClose(), d.promisedSignDate(), d.signedDate(), d.channel(), d.industry(), d.lostReason()))
            .build();

    /** Creates a deal, checking every field. */
    public Deal {
        Checks c = new Checks();
        CrmLimits.check(c, "externalId", externalId, CrmLimits.EXTERNAL_ID);
        CrmLimits.check(c, "customer", customer, CrmLimits.CUSTOMER);
        CrmLimits.check(c, "industry", industry, CrmLimits.INDUSTRY);
        c.text("externalId", externalId).name("owner", owner).text("customer", customer).required("stage", stage)
                .nonNegativeMoney("amount", amount).required("expectedClose", expectedClose)
                .maxLength("industry", industry).maxLength("lostReason", lostReason);
        c.throwIfAny();
    }

    /** Returns the promised signing date, when any. */
    public Optional<LocalDate> promised() {
        return Optional.ofNullable(promisedSignDate);
    }

    /** Returns the signing date, when signed. */
    public Optional<LocalDate> signed() {
        return Optional.ofNullable(signedDate);
    }
}

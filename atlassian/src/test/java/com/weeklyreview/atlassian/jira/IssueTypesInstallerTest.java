package com.weeklyreview.atlassian.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.jira.issue.context.GlobalIssueContext;
import com.atlassian.jira.issue.issuetype.IssueType;
import org.junit.jupiter.api.Test;

class IssueTypesInstallerTest {

    private final JiraMocks jira = new JiraMocks();
    private final IssueTypesInstaller installer = new IssueTypesInstaller(jira.issueTypes, jira.customFields, jira.avatars);

    @Test
    void enablingCreatesBothIssueTypesWithCauseAndVerificationFields() {
        installer.onStart();

        assertThat(jira.types).extracting(JiraMocks.CreatedType::name)
                .containsExactly("Bug", "Task", IssueTypesInstaller.SALES_PROBLEM, IssueTypesInstaller.ACTION_ITEM);
        assertThat(jira.types).filteredOn(t -> t.name().equals(IssueTypesInstaller.ACTION_ITEM))
                .singleElement().satisfies(t -> assertThat(t.avatarId()).isEqualTo(10300L));
        assertThat(jira.fields).extracting(JiraMocks.CreatedField::name)
                .containsExactly(IssueTypesInstaller.CAUSE, IssueTypesInstaller.VERIFICATION);
        assertThat(jira.fields).allSatisfy(f -> {
            assertThat(f.types()).extracting(IssueType::getName)
                    .containsExactly(IssueTypesInstaller.SALES_PROBLEM, IssueTypesInstaller.ACTION_ITEM);
            assertThat(f.contexts()).containsExactly(GlobalIssueContext.getInstance());
        });
        assertThat(jira.fields.get(0).typeKey()).isEqualTo(IssueTypesInstaller.TEXT_FIELD);
        assertThat(jira.fields.get(1).typeKey()).isEqualTo(IssueTypesInstaller.TEXT_AREA);
    }

    @Test
    void enablingAgainCreatesNothingTwice() {
        installer.onStart();
        installer.onStop();
        installer.onStart();

        assertThat(jira.types).hasSize(4);
        assertThat(jira.fields).hasSize(2);
    }

    @Test
    void anExistingIssueTypeIsReused() {
        jira.issueTypes.createIssueType(IssueTypesInstaller.SALES_PROBLEM, "made by hand", 1L);

        assertThat(installer.install()).first().extracting(IssueType::getId).isEqualTo("102");
        assertThat(jira.types).hasSize(4);
    }
}

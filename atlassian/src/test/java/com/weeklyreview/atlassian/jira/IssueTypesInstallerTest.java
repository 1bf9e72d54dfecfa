package com.weeklyreview.atlassian.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.jira.issue.context.GlobalIssueContext;
import com.atlassian.jira.issue.issuetype.IssueType;
import org.junit.jupiter.api.Test;

class IssueTypesInstallerTest {

    private final JiraFakes.IssueTypes types = new JiraFakes.IssueTypes();
    private final JiraFakes.Fields fields = new JiraFakes.Fields();
    private final IssueTypesInstaller installer = new IssueTypesInstaller(types, fields, icon -> 10300L);

    @Test
    void enablingCreatesBothIssueTypesWithCauseAndVerificationFields() {
        installer.onStart();

        assertThat(types.types).extracting(IssueType::getName)
                .containsExactly("Bug", "Task", IssueTypesInstaller.SALES_PROBLEM, IssueTypesInstaller.ACTION_ITEM);
        assertThat(types.types).filteredOn(t -> t.getName().equals(IssueTypesInstaller.ACTION_ITEM))
                .singleElement().satisfies(t -> assertThat(t.avatar()).isEqualTo(10300L));
        assertThat(fields.fields).extracting(JiraFakes.Field::getName)
                .containsExactly(IssueTypesInstaller.CAUSE, IssueTypesInstaller.VERIFICATION);
        assertThat(fields.fields).allSatisfy(f -> {
            assertThat(f.types()).extracting(IssueType::getName)
                    .containsExactly(IssueTypesInstaller.SALES_PROBLEM, IssueTypesInstaller.ACTION_ITEM);
            assertThat(f.contexts()).containsExactly(GlobalIssueContext.getInstance());
        });
        assertThat(fields.fields.get(1).typeKey()).isEqualTo(IssueTypesInstaller.TEXT_AREA);
    }

    @Test
    void enablingAgainCreatesNothingTwice() {
        installer.onStart();
        installer.onStop();
        installer.onStart();

        assertThat(types.types).hasSize(4);
        assertThat(fields.fields).hasSize(2);
    }

    @Test
    void anExistingIssueTypeIsReused() {
        types.createIssueType(IssueTypesInstaller.SALES_PROBLEM, "made by hand", 1L);

        assertThat(installer.install()).first().extracting(IssueType::getId).isEqualTo("102");
        assertThat(types.types).hasSize(4);
    }
}

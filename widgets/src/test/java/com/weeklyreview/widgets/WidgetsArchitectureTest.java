package com.weeklyreview.widgets;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The widgets module: no package cycle; it draws what core computes and knows no store, application or host. */
@AnalyzeClasses(packages = "com.weeklyreview.widgets", importOptions = ImportOption.DoNotIncludeTests.class)
class WidgetsArchitectureTest {

    /** Every package of the module is a slice; no two of them depend on each other. */
    @ArchTest
    static final ArchRule noCycleBetweenPackages = slices()
            .matching("com.weeklyreview.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule widgetsUseNoStoreApplicationOrHost = noClasses()
            .that().resideInAPackage("com.weeklyreview.widgets..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("com.weeklyreview.store..", "com.weeklyreview.application..",
                    "com.weeklyreview.rest..", "com.weeklyreview.wiki..", "com.weeklyreview.atlassian..");
}

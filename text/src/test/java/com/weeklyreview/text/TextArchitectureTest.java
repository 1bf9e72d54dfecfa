package com.weeklyreview.text;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The text module: no package cycle; it builds on core only. */
@AnalyzeClasses(packages = "com.weeklyreview.text", importOptions = ImportOption.DoNotIncludeTests.class)
class TextArchitectureTest {

    /** Every package of the module is a slice; no two of them depend on each other. */
    @ArchTest
    static final ArchRule noCycleBetweenPackages = slices()
            .matching("com.weeklyreview.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule textUsesNoOtherModule = noClasses()
            .that().resideInAPackage("com.weeklyreview.text..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("com.weeklyreview.widgets..", "com.weeklyreview.store..", "com.weeklyreview.application..",
                    "com.weeklyreview.rest..", "com.weeklyreview.wiki..", "com.weeklyreview.atlassian..");
}

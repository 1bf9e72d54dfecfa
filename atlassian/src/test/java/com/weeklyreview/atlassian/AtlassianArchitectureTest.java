package com.weeklyreview.atlassian;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The Atlassian host: no package cycle; it uses neither the embedded wiki host nor the REST adapter's internals. */
@AnalyzeClasses(packages = "com.weeklyreview.atlassian", importOptions = ImportOption.DoNotIncludeTests.class)
class AtlassianArchitectureTest {

    /** Every package of the module is a slice; no two of them depend on each other. */
    @ArchTest
    static final ArchRule noCycleBetweenPackages = slices()
            .matching("com.weeklyreview.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule atlassianDoesNotUseTheWikiHost = noClasses()
            .that().resideInAPackage("com.weeklyreview.atlassian..")
            .should().dependOnClassesThat().resideInAnyPackage("com.weeklyreview.wiki..");

    @ArchTest
    static final ArchRule atlassianDoesNotUseRestInternals = noClasses()
            .that().resideInAPackage("com.weeklyreview.atlassian..")
            .should().dependOnClassesThat().resideInAnyPackage("com.weeklyreview.rest.internal..");
}

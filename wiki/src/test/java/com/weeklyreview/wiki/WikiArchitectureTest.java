package com.weeklyreview.wiki;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The embedded wiki host: no package cycle; it uses neither the Atlassian host nor the REST adapter's internals. */
@AnalyzeClasses(packages = "com.weeklyreview.wiki", importOptions = ImportOption.DoNotIncludeTests.class)
class WikiArchitectureTest {

    /** Every package of the module is a slice; no two of them depend on each other. */
    @ArchTest
    static final ArchRule noCycleBetweenPackages = slices()
            .matching("com.weeklyreview.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule wikiDoesNotUseTheAtlassianHost = noClasses()
            .that().resideInAPackage("com.weeklyreview.wiki..")
            .should().dependOnClassesThat().resideInAnyPackage("com.weeklyreview.atlassian..");

    @ArchTest
    static final ArchRule wikiDoesNotUseRestInternals = noClasses()
            .that().resideInAPackage("com.weeklyreview.wiki..")
            .should().dependOnClassesThat().resideInAnyPackage("com.weeklyreview.rest.internal..");
}

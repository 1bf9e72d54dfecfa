package com.weeklyreview.rest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The REST adapter: no package cycle; it knows neither host that embeds it (wiki, Atlassian). */
@AnalyzeClasses(packages = "com.weeklyreview.rest",
        importOptions = {ImportOption.DoNotIncludeTests.class, RestArchitectureTest.NotTheApplicationLayer.class})
class RestArchitectureTest {

    /** Every package of the module is a slice; no two of them depend on each other. */
    @ArchTest
    static final ArchRule noCycleBetweenPackages = slices()
            .matching("com.weeklyreview.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule restDoesNotUseTheHosts = noClasses()
            .that().resideInAPackage("com.weeklyreview.rest..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("com.weeklyreview.wiki..", "com.weeklyreview.atlassian..");

    /**
     * {@code rest.service} and {@code rest.macro} are the application layer that moves into module
     * {@code application} (issue 12); they are not the adapter's, and once moved this option
     * excludes nothing.
     */
    static final class NotTheApplicationLayer implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/com/weeklyreview/rest/service/")
                    && !location.contains("/com/weeklyreview/rest/macro/");
        }
    }
}

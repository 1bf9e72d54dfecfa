package com.weeklyreview.store;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The store: no package cycle ({@code store.api} is the base its implementation and its callers
 * share); it knows no adapter or host; and what it hands out are core's ports or its own public
 * types, never a class of {@code store.internal}.
 */
@AnalyzeClasses(packages = "com.weeklyreview.store", importOptions = ImportOption.DoNotIncludeTests.class)
class StoreArchitectureTest {

    /** Every package of the module is a slice; no two of them depend on each other. */
    @ArchTest
    static final ArchRule noCycleBetweenPackages = slices()
            .matching("com.weeklyreview.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule storeDoesNotUseAdaptersOrHosts = noClasses()
            .that().resideInAPackage("com.weeklyreview.store..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("com.weeklyreview.rest..", "com.weeklyreview.wiki..", "com.weeklyreview.atlassian..",
                    "com.weeklyreview.application..", "com.weeklyreview.widgets..");

    @ArchTest
    static final ArchRule publicMethodsHandOutNoInternalClass = methods()
            .that().arePublic()
            .and().areDeclaredInClassesThat().resideOutsideOfPackage("com.weeklyreview.store.internal..")
            .should().notHaveRawReturnType(resideInAPackage("com.weeklyreview.store.internal.."));
}

package com.weeklyreview.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Core is plain Java: it depends on the JDK and on itself, nothing else; and its packages form no
 * cycle (each package is a slice: {@code report} is the base the others build on, {@code spi} the
 * ports that may use them all).
 */
@AnalyzeClasses(packages = "com.weeklyreview.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule coreDependsOnlyOnTheJdk = classes()
            .that().resideInAPackage("com.weeklyreview.core..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "com.weeklyreview.core..");

    @ArchTest
    static final ArchRule coreDoesNotReachIntoOtherModules = noClasses()
            .that().resideInAPackage("com.weeklyreview.core..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("com.weeklyreview.rest..", "com.weeklyreview.store..",
                    "com.weeklyreview.widgets..", "com.weeklyreview.wiki..", "com.weeklyreview.atlassian..",
                    "com.weeklyreview.application..", "com.weeklyreview.text..");

    @ArchTest
    static final ArchRule noCycleBetweenCorePackages = slices()
            .matching("com.weeklyreview.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule portsAreTheTopOfCore = noClasses()
            .that().resideOutsideOfPackage("com.weeklyreview.core.spi..")
            .should().dependOnClassesThat().resideInAPackage("com.weeklyreview.core.spi..");
}

package com.weeklyreview.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Core is plain Java: it depends on the JDK and on itself, nothing else. */
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
                    "com.weeklyreview.widgets..", "com.weeklyreview.wiki..", "com.weeklyreview.atlassian..");
}

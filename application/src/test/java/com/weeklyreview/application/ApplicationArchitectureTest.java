package com.weeklyreview.application;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The application layer is host-neutral: every host (the REST API, the embedded wiki, Confluence)
 * calls it, so it imports no servlet, JAX-RS, template engine, JSON mapper or host type, and none of
 * the adapters above it.
 */
@AnalyzeClasses(packages = "com.weeklyreview.application", importOptions = ImportOption.DoNotIncludeTests.class)
class ApplicationArchitectureTest {

    @ArchTest
    static final ArchRule noHostServletOrHttpApiType = noClasses()
            .that().resideInAPackage("com.weeklyreview.application..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("javax.servlet..", "jakarta.servlet..", "javax.ws.rs..", "jakarta.ws.rs..",
                    "org.apache.velocity..", "org.apache.wiki..", "com.atlassian..", "org.apache.catalina..",
                    "org.glassfish..", "com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule noAdapter = noClasses()
            .that().resideInAPackage("com.weeklyreview.application..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("com.weeklyreview.rest..", "com.weeklyreview.wiki..", "com.weeklyreview.atlassian..");
}

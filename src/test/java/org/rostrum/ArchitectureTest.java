package org.rostrum;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of {@code docs/architecture.md}, checked on the compiled classes of
 * {@code src/main/java}: a fully qualified name in the source counts as much as an import.
 *
 * <p>Each library lives in the package that owns it, and the packages of the pipeline only look
 * back along it (diag ← model ← markdown, source, thread ← render ← output ← pipeline ← cli, serve; diag ←
 * i18n ← source, render). The output layout, {@code layout}, uses nothing, so that every stage may ask it.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.rostrum");
    }

    private static String[] rostrum(String... packages) {
        return Arrays.stream(packages).map(p -> "org.rostrum." + p + "..").toArray(String[]::new);
    }

    /** A library, as package patterns, may be used only by the given packages of Rostrum. */
    private static ArchRule library(String because, List<String> libraryPackages, String... owners) {
        return noClasses().that().resideOutsideOfPackages(rostrum(owners))
                .should().dependOnClassesThat().resideInAnyPackage(libraryPackages.toArray(String[]::new))
                .because(because);
    }

    /** The packages that a package of Rostrum may not use. */
    private static ArchRule mayNotUse(String pkg, String... forbidden) {
        return noClasses().that().resideInAPackage("org.rostrum." + pkg + "..")
                .should().dependOnClassesThat().resideInAnyPackage(rostrum(forbidden))
                .because(pkg + " only looks back along the pipeline");
    }

    @Test
    void eachLibraryStaysInItsPackage() {
        library("YAML is read in source alone", List.of("org.snakeyaml..", "org.yaml.."), "source").check(classes);
        library("Flexmark renders Markdown in markdown; its HTML converter imports in importer",
                List.of("com.vladsch.flexmark.html2md.."), "markdown", "importer").check(classes);
        noClasses().that().resideOutsideOfPackages(rostrum("markdown"))
                .should().dependOnClassesThat(DescribedPredicate.<JavaClass>describe(
                        "are Flexmark's, outside its HTML converter",
                        c -> c.getPackageName().startsWith("com.vladsch.flexmark")
                                && !c.getPackageName().startsWith("com.vladsch.flexmark.html2md")))
                .because("Flexmark lives in markdown")
                .check(classes);
        library("templates are FreeMarker's, in render", List.of("freemarker.."), "render").check(classes);
        library("JSON is read in source and written in render",
                List.of("com.fasterxml.jackson.."), "source", "render").check(classes);
        library("the command line is picocli's, in cli", List.of("picocli.."), "cli").check(classes);
        library("HTML is parsed to import it", List.of("org.jsoup.."), "importer").check(classes);
        library("the preview server is serve's", List.of("com.sun.net.httpserver.."), "serve").check(classes);
        library("ICU4J transliterates in slug and gives the CLDR plural rules in i18n", List.of("com.ibm.icu.."),
                "slug", "i18n").check(classes);
        library("file watching on macOS is FSEvents through directory-watcher and JNA, in serve",
                List.of("io.methvin..", "com.sun.jna.."), "serve").check(classes);
    }

    @Test
    void packagesOnlyLookBackAlongThePipeline() {
        String[] all = {"model", "source", "markdown", "thread", "render", "output", "pipeline", "cli", "serve",
                "importer", "slug", "search", "i18n", "layout"};
        mayNotUse("layout", "diag", "model", "source", "markdown", "thread", "render", "output", "pipeline", "cli",
                "serve", "importer", "slug", "search", "i18n").check(classes);
        mayNotUse("i18n", "model", "source", "markdown", "thread", "render", "output", "pipeline", "cli", "serve",
                "importer", "slug", "search", "layout").check(classes);
        mayNotUse("search", "diag", "model", "source", "markdown", "thread", "render", "output", "pipeline", "cli",
                "serve", "importer", "slug", "layout").check(classes);
        mayNotUse("slug", "diag", "model", "source", "markdown", "thread", "render", "output", "pipeline", "cli", "serve",
                "importer", "layout").check(classes);
        mayNotUse("diag", all).check(classes);
        mayNotUse("model", "source", "markdown", "thread", "render", "output", "pipeline", "cli", "serve", "importer")
                .check(classes);
        mayNotUse("markdown", "source", "thread", "render", "output", "pipeline", "cli", "serve", "importer")
                .check(classes);
        mayNotUse("source", "thread", "render", "output", "pipeline", "cli", "serve", "importer").check(classes);
        mayNotUse("thread", "source", "markdown", "render", "output", "pipeline", "cli", "serve", "importer")
                .check(classes);
        mayNotUse("render", "source", "thread", "pipeline", "cli", "serve", "importer").check(classes);
        mayNotUse("output", "source", "markdown", "thread", "render", "pipeline", "cli", "serve", "importer", "layout")
                .check(classes);
        mayNotUse("pipeline", "cli", "serve", "importer").check(classes);
        mayNotUse("pipeline.cache", "source", "markdown", "thread").check(classes);
        noClasses().that().resideInAPackage("org.rostrum.pipeline.cache..")
                .should().dependOnClassesThat().resideInAPackage("org.rostrum.pipeline")
                .because("the cache keeps what a build knew and knows nothing of the pipeline that uses it")
                .check(classes);
        mayNotUse("importer", "render", "output", "pipeline", "cli", "serve").check(classes);
        mayNotUse("serve", "source", "markdown", "thread", "render", "output", "cli", "importer").check(classes);
    }

    @Test
    void onlyMainEndsTheProcess() {
        noClasses().that().doNotHaveFullyQualifiedName("org.rostrum.Main")
                .should().callMethod(System.class, "exit", int.class)
                .orShould().callMethod(Runtime.class, "halt", int.class)
                .because("commands return exit codes, so that a build can run twice in one JVM")
                .check(classes);
    }

    /**
     * Beyond five parameters a call is read by counting commas: such parameters belong together in a
     * record with a name. A record's own constructors are its components, and the methods the compiler
     * writes (lambdas, enum constructors' hidden name and position) are not the source's.
     */
    @Test
    void noMethodTakesMoreThanFiveParameters() {
        codeUnits().that(DescribedPredicate.<JavaCodeUnit>describe("are written in the source, outside records'"
                        + " constructors",
                        u -> !u.getModifiers().contains(JavaModifier.SYNTHETIC)
                                && !(u.isConstructor() && u.getOwner().isRecord())))
                .should(new ArchCondition<JavaCodeUnit>("take at most five parameters") {
                    @Override
                    public void check(JavaCodeUnit unit, ConditionEvents events) {
                        // An enum's constructor also takes the constant's name and position.
                        int hidden = unit.isConstructor() && unit.getOwner().isEnum() ? 2 : 0;
                        int count = unit.getRawParameterTypes().size() - hidden;
                        if (count > 5) {
                            events.add(SimpleConditionEvent.violated(unit,
                                    unit.getFullName() + " takes " + count + " parameters"));
                        }
                    }
                })
                .because("a call with more than five arguments is read by counting commas")
                .check(classes);
    }
}

package org.rostrum.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.diag.Diagnostics;
import org.rostrum.model.Site;

class YamlReaderTest {

    @TempDir
    Path temp;

    private MiniSite siteYaml(String extra) {
        return new MiniSite(temp).file("site.yaml", MiniSite.SITE_YAML + extra);
    }

    /** Reads YAML text on its own, for the engine-level cases. */
    private static List<String> problems(String yaml, Limits limits) {
        Diagnostics diagnostics = new Diagnostics();
        new YamlReader(limits).read(new SourceText(Path.of("x.yaml"), yaml), diagnostics);
        return diagnostics.sorted().stream().map(Object::toString).toList();
    }

    @Test
    void keepsYaml11BooleansAndNumbersAsText() {
        MiniSite site = new MiniSite(temp).file("site.yaml",
                "title: NO\nbase_url: https://example.org/\ndescription: on\npublisher: 1.10\nlanguage: 'no'\n");
        Site loaded = site.load();
        assertEquals(List.of(), site.messages());
        assertEquals("NO", loaded.config().title());
        assertEquals(Optional.of("on"), loaded.config().description());
        assertEquals(Optional.of("1.10"), loaded.config().publisher());
        assertEquals("no", loaded.config().language());
    }

    @Test
    void keepsNumbersAsTextWhereTextIsExpected() {
        Site loaded = siteYaml("").file("debates/a/index.md", "---\ntitle: 12\ndate: 2019-01-28\ntopics: [2020, 1.0]\n---\n")
                .load();
        assertEquals("12", loaded.debates().get(0).title());
        assertEquals(List.of("2020", "1.0"), loaded.debates().get(0).topics());
    }

    @Test
    void treatsNullTildeAndEmptyAsAbsent() {
        MiniSite site = siteYaml("description: ~\npublisher: null\nlanguage:\ntimezone: ''\n");
        Site loaded = site.load();
        assertEquals(List.of(), site.messages());
        assertEquals(Optional.empty(), loaded.config().description());
        assertEquals(Optional.empty(), loaded.config().publisher());
        assertEquals("en", loaded.config().language());
    }

    @Test
    void keepsQuotedNullAsText() {
        Site loaded = siteYaml("description: 'null'\n").load();
        assertEquals(Optional.of("null"), loaded.config().description());
    }

    @Test
    void rejectsExplicitTags() {
        MiniSite site = siteYaml("description: !!python/object:os.system x\npublisher: !foo [a]\n");
        site.load();
        assertEquals(List.of(
                "content/site.yaml:3:14: error: YAML tag '!!python/object:os.system' is not allowed",
                "content/site.yaml:4:12: error: YAML tag '!foo' is not allowed",
                "content/site.yaml:4:12: error: field 'publisher' must be text, not a list"), site.messages());
    }

    @Test
    void rejectsJavaTag() {
        MiniSite site = siteYaml("description: !java.lang.Runtime {}\n");
        site.load();
        assertEquals("content/site.yaml:3:14: error: YAML tag '!java.lang.Runtime' is not allowed", site.messages().get(0));
    }

    @Test
    void rejectsDuplicateKeyAtTheSecond() {
        MiniSite site = new MiniSite(temp).file("site.yaml", "base_url: https://example.org/\n\ntitle: A\ntitle: B\n");
        Site loaded = site.load();
        assertEquals(List.of("content/site.yaml:4:1: error: duplicate key 'title' (first at line 3)"), site.messages());
        assertEquals("A", loaded.config().title());
    }

    @Test
    void explainsTabIndentation() {
        MiniSite site = siteYaml("comments:\n\tmax_depth: 3\n");
        site.load();
        assertEquals(List.of("content/site.yaml:4:1: error: tabs are not allowed in YAML; indent with spaces"),
                site.messages());
    }

    @Test
    void reportsSyntaxErrorAtTheEnginesMark() {
        MiniSite site = siteYaml("description: a: b\n");
        site.load();
        assertEquals(List.of("content/site.yaml:3:15: error: invalid YAML: a colon followed by a space inside a value;"
                + " put the value in quotes: description: \"a: b\""),
                site.messages());
    }

    @Test
    void reportsUnclosedQuoteWithItsStart() {
        MiniSite site = siteYaml("description: 'open\n");
        site.load();
        assertEquals(List.of("content/site.yaml:3:14: error: invalid YAML: the quoted value that starts here is never"
                + " closed; end it with the same quote it starts with"), site.messages());
    }

    @Test
    void asksToQuoteValuesStartingWithReservedCharacters() {
        MiniSite site = siteYaml("publisher: @home\n");
        site.load();
        assertEquals(List.of("content/site.yaml:3:12: error: invalid YAML: a value cannot start with '@'; put it in quotes"),
                site.messages());
    }

    @Test
    void rejectsControlCharacters() {
        MiniSite site = siteYaml("publisher: a\u0007b\n");
        site.load();
        assertEquals(List.of("content/site.yaml:3:13: error: invalid YAML: character U+0007 is not allowed"),
                site.messages());
    }

    @Test
    void addsFrontMatterLineOffsetToSyntaxErrors() {
        MiniSite site = MiniSite.withSiteYaml(temp).debate("a", "title: A\ndate: 2019-01-28\nsummary: a: b\n", "Body\n");
        site.load();
        assertEquals(List.of("content/debates/a/index.md:4:11: error: invalid YAML: a colon followed by a space inside"
                + " a value; put the value in quotes: summary: \"a: b\""),
                site.messages());
    }

    @Test
    void countsTheLinesOfTheEnginesContextInTheFile() {
        MiniSite site = MiniSite.withSiteYaml(temp).debate("a", "title: A\ndate: 2019-01-28\ntopics: [a, b\n", "Body\n");
        site.load();
        List<String> messages = site.messages();
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains("(while parsing a flow sequence at line 4)"), messages.get(0));
    }

    @Test
    void reportsAListItemThatRunsOnToTheNextItem() {
        MiniSite site = MiniSite.withSiteYaml(temp).debate("a", "title: A\ndate: 2019-01-28\ntopics:\n- Migration\n  - Europe\n",
                "Body\n");
        site.load();
        assertEquals(List.of("content/debates/a/index.md:5:3: error: this list item runs on to line 6 and reads as"
                + " 'Migration - Europe'; to make '- Europe' an item of its own, indent it like this one"), site.messages());
    }

    @Test
    void warnsWhenAHashMakesAValueAComment() {
        MiniSite site = MiniSite.withSiteYaml(temp).debate("a", "title: #MeToo five years on\ndate: 2019-01-28\n"
                + "summary: # a comment, meant as one\n", "Body\n");
        site.load();
        assertEquals(List.of("content/debates/a/index.md:1:1: error: missing required field 'title'",
                "content/debates/a/index.md:2:8: warning: '#' starts a comment in YAML, so 'title' is empty here;"
                        + " put the value in quotes: title: \"#MeToo five years on\""), site.messages());
    }

    @Test
    void stopsAliasBomb() {
        String bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n"
                + "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                + "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
                + "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
                + "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n"
                + "h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]\n"
                + "i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]\n";
        assertEquals(List.of("x.yaml:5:8: error: aliases repeat more than 10000 values"), problems(bomb, Limits.DEFAULT));
    }

    @Test
    void allowsModestAliases() {
        assertEquals(List.of(), problems("a: &a [x, y]\nb: *a\nc: *a\n", Limits.DEFAULT));
    }

    @Test
    void rejectsRecursiveAlias() {
        assertEquals(List.of("x.yaml:1:12: error: alias '*a' refers to a node that contains it"),
                problems("a: &a [x, [*a]]\n", Limits.DEFAULT));
    }

    @Test
    void reportsUndefinedAlias() {
        assertEquals(List.of("x.yaml:1:4: error: invalid YAML: found undefined alias b"), problems("a: *b\n", Limits.DEFAULT));
    }

    @Test
    void stopsDeepFlowNestingWithoutStackOverflow() {
        String deep = "a: " + "[".repeat(50_000) + "]".repeat(50_000) + "\n";
        assertEquals(List.of("x.yaml:1:103: error: nesting is too deep (more than 100 levels)"),
                problems(deep, Limits.DEFAULT));
    }

    @Test
    void stopsDeepBlockNesting() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            yaml.append(" ".repeat(i)).append("a:\n");
        }
        assertEquals(List.of("x.yaml:101:101: error: nesting is too deep (more than 100 levels)"),
                problems(yaml.toString(), Limits.DEFAULT));
    }

    @Test
    void rejectsNonTextKeys() {
        assertEquals(List.of("x.yaml:1:3: error: a key must be a name, not a list"), problems("? [a]\n: b\n", Limits.DEFAULT));
    }

    @Test
    void rejectsTextWhereListOrMappingIsNot() {
        MiniSite site = siteYaml("description: [a, b]\npublisher: {a: b}\n");
        site.load();
        assertEquals(List.of(
                "content/site.yaml:3:14: error: field 'description' must be text, not a list",
                "content/site.yaml:4:12: error: field 'publisher' must be text, not a mapping"), site.messages());
    }

    @Test
    void warnsAboutUnknownFieldWithHint() {
        MiniSite site = siteYaml("titel: Other\nfoo: bar\n");
        site.load();
        assertEquals(List.of(
                "content/site.yaml:3:1: warning: unknown field 'titel' (did you mean 'title'?)",
                "content/site.yaml:4:1: warning: unknown field 'foo'"), site.messages());
    }

    @Test
    void reportsSecondDocumentAsError() {
        MiniSite site = siteYaml("---\npublisher: x\n");
        site.load();
        assertEquals(List.of("content/site.yaml:3:1: error: invalid YAML: a file holds one document; remove the second '---'"),
                site.messages());
    }

    @Test
    void rejectsEmptyKey() {
        assertEquals(List.of("x.yaml:2:2: error: empty key"), problems("a: 1\n?\n: 2\n", Limits.DEFAULT));
    }
}

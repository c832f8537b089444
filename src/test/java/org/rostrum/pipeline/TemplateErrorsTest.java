package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mistake in a site's own template is reported at that template's line and column, once, with
 * FreeMarker's whole reason and a suggestion for a misspelt field.
 */
class TemplateErrorsTest {

    private static final String DEBATE = "-- content/debates/nato/index.md --\n---\ntitle: Could Russia ever join NATO?\n"
            + "date: 2019-01-28\n---\nThe editors' introduction.\n"
            + "-- content/debates/eu-army/index.md --\n---\ntitle: Does Europe need an army?\n"
            + "date: 2019-03-01\n---\nThe editors' introduction.\n";

    @TempDir
    Path dir;

    private static String builtIn(String name) {
        try (InputStream in = TemplateErrorsTest.class.getResourceAsStream("/org/rostrum/theme/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anUnclosedIfInAnImportedTemplateIsBlamedOnThatTemplateOnce() {
        String thread = builtIn("thread.ftlh").replaceFirst("</h2>", "<#if thread.count == 0></h2>");
        InlineSite site = InlineSite.of(dir, InlineSite.SITE_YAML + DEBATE + "-- templates/thread.ftlh --\n" + thread);
        List<String> messages = InlineSite.messages(site.check());
        assertEquals(1, messages.size(), messages.toString());
        String message = messages.get(0);
        assertEquals(dir.resolve("templates/thread.ftlh").toString(), message.substring(0, message.indexOf(':')));
        assertEquals(true, message.contains(": error: Encountered \"</#macro>\", but at this place only this can be"
                + " closed: \"#if\". This usually because of wrong nesting of FreeMarker directives"), message);
        assertEquals(false, message.contains("Was expecting"), message);
    }

    @Test
    void aMisspeltFieldGetsTheNameThatExists() {
        String parts = builtIn("debate-parts.ftlh").replaceFirst("\\$\\{debate\\.title}", "\\${debate.titel}");
        InlineSite site = InlineSite.of(dir, InlineSite.SITE_YAML + DEBATE + "-- templates/debate-parts.ftlh --\n" + parts);
        List<String> messages = InlineSite.messages(site.check());
        assertEquals(1, messages.size(), messages.toString());
        String message = messages.get(0);
        assertEquals(true, message.startsWith(dir.resolve("templates/debate-parts.ftlh") + ":"), message);
        assertEquals(true, message.endsWith(": error: 'debate.titel' is null or missing (did you mean 'title'?)"), message);
    }
}

package org.rostrum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BuildOptionsTest {

    @Test
    void builderStartsFromTheCommandLineDefaults() {
        BuildOptions options = BuildOptions.builder().build();
        assertEquals(Path.of("content"), options.content());
        assertEquals(Path.of("templates"), options.templates());
        assertEquals(Path.of("site"), options.out());
        assertFalse(options.drafts());
        assertFalse(options.future());
        assertEquals(Optional.empty(), options.baseUrl());
        assertEquals(Runtime.getRuntime().availableProcessors(), options.threads());
        assertFalse(options.clean());
        assertEquals(BuildOptions.defaults(), options);
    }

    @Test
    void builderSetsEachOption() {
        BuildOptions options = BuildOptions.builder().content(Path.of("c")).templates(Path.of("t")).out(Path.of("o"))
                .drafts(true).future(true).baseUrl(Optional.of("https://example.org/")).threads(3).clean(true)
                .build();
        assertEquals(new BuildOptions(Path.of("c"), Path.of("t"), Path.of("o"), true, true,
                Optional.of("https://example.org/"), 3, true), options);
        assertTrue(options.clean());
    }

    @Test
    void builderRefusesFewerThanOneThread() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BuildOptions.builder().threads(0).build());
        assertEquals("threads must be at least 1", e.getMessage());
    }
}

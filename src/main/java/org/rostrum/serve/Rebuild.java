package org.rostrum.serve;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.rostrum.pipeline.BuildResult;

/**
 * One build of the preview server.
 *
 * @param number  0 for the build at start, then 1, 2, … for each rebuild
 * @param changed the files and folders whose changes caused it, sorted; empty for the first build
 * @param result  how it went; when it failed, the last good site is still served, under an error panel
 */
public record Rebuild(int number, List<Path> changed, BuildResult result) {

    public Rebuild {
        changed = List.copyOf(changed);
        Objects.requireNonNull(result, "result");
    }
}

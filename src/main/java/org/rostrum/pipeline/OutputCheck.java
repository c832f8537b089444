package org.rostrum.pipeline;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Set;

/** Whether the files a build recorded are still in its output folder (someone may have deleted some). */
final class OutputCheck {

    private OutputCheck() {
    }

    static boolean allPresent(Path out, Set<String> paths) {
        if (!Files.isDirectory(out)) {
            return false;
        }
        return paths.parallelStream().allMatch(p -> Files.isRegularFile(out.resolve(p), LinkOption.NOFOLLOW_LINKS));
    }
}

package org.rostrum.output;

/** Checks the relative paths that a build writes, so that nothing lands outside the output folder. */
final class OutputPaths {

    private OutputPaths() {
    }

    /**
     * Whether {@code path} is a safe relative file path: not empty, no leading {@code /}, no
     * backslash, no empty, {@code .} or {@code ..} segment, no control character.
     */
    static boolean isSafe(String path) {
        int length = path.length();
        if (length == 0 || path.charAt(length - 1) == '/') {
            return false;
        }
        // One pass, segment by segment: this runs for every path of the output index on every build.
        int segmentStart = 0;
        for (int i = 0; i <= length; i++) {
            char c = i < length ? path.charAt(i) : '/';
            if (c == '/') {
                int segment = i - segmentStart;
                if (segment == 0 || (segment == 1 && path.charAt(segmentStart) == '.')
                        || (segment == 2 && path.charAt(segmentStart) == '.' && path.charAt(segmentStart + 1) == '.')) {
                    return false;
                }
                segmentStart = i + 1;
            } else if (c < 0x20 || c == 0x7f || c == '\\') {
                return false;
            }
        }
        return true;
    }
}

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
        if (path.isEmpty() || path.startsWith("/") || path.endsWith("/") || path.indexOf('\\') >= 0) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) < 0x20 || path.charAt(i) == 0x7f) {
                return false;
            }
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}

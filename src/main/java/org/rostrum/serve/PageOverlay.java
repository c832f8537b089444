package org.rostrum.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.rostrum.diag.Diagnostic;

/**
 * What the preview server adds to every HTML page it serves, just before {@code </body>}: the
 * live-reload script, and, after a build that failed, a panel listing every problem of that build
 * as {@code path:line:column: error: message}. The files of the built site are never changed; only
 * the responses are.
 */
final class PageOverlay {

    private PageOverlay() {
    }

    /** The HTML to insert into a page served from build {@code build}; {@code problems} empty after a good build. */
    static String fragment(int build, List<Diagnostic> problems) {
        String script = LiveReload.scriptTag(build);
        return problems.isEmpty() ? script : panel(problems) + script;
    }

    /** {@code html} with {@code fragment} inserted before its last {@code </body>}, or at its end when it has none. */
    static byte[] insert(byte[] html, String fragment) {
        String page = new String(html, StandardCharsets.UTF_8);
        int at = page.toLowerCase(Locale.ROOT).lastIndexOf("</body");
        String result = at < 0 ? page + fragment : page.substring(0, at) + fragment + page.substring(at);
        return result.getBytes(StandardCharsets.UTF_8);
    }

    /** A page of its own for when no build has succeeded yet, so there is no site to show behind the panel. */
    static byte[] standalone(int build, List<Diagnostic> problems) {
        String page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>Build failed – Rostrum preview</title>\n</head>\n<body>\n"
                + "<p style=\"margin:40vh 2em 0;font:16px/1.5 system-ui,sans-serif;color:#555\">"
                + "Nothing has built yet.</p>\n"
                + fragment(build, problems) + "\n</body>\n</html>\n";
        return page.getBytes(StandardCharsets.UTF_8);
    }

    /** The error panel: fixed at the top of the page, above the last good version of it. */
    static String panel(List<Diagnostic> problems) {
        StringBuilder html = new StringBuilder(512 + problems.size() * 160);
        html.append("<div id=\"rostrum-errors\" role=\"alert\" style=\"position:fixed;top:0;left:0;right:0;")
                .append("z-index:2147483647;max-height:70vh;overflow:auto;margin:0;padding:1em 1.25em;")
                .append("background:#fff1f0;color:#1a1a1a;border-bottom:3px solid #b3261e;")
                .append("box-shadow:0 4px 16px rgba(0,0,0,.25);font:15px/1.45 system-ui,sans-serif;text-align:left\">")
                .append("<button type=\"button\" onclick=\"this.parentNode.remove()\" aria-label=\"Hide\" ")
                .append("style=\"float:right;font:inherit;border:0;background:none;cursor:pointer\">✕</button>")
                .append("<p style=\"margin:0 0 .5em;font-weight:bold;color:#b3261e\">The site did not build (")
                .append(count(problems)).append("). You are looking at the last version that built; ")
                .append("fix the files and this page reloads by itself.</p>")
                .append("<ul style=\"margin:0;padding:0;list-style:none;")
                .append("font:13px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace\">");
        for (Diagnostic d : problems) {
            html.append("<li style=\"margin:.3em 0;white-space:pre-wrap;overflow-wrap:anywhere\">")
                    .append(escape(d.toString())).append("</li>");
        }
        return html.append("</ul></div>").toString();
    }

    private static String count(List<Diagnostic> problems) {
        int n = problems.size();
        return n == 1 ? "1 problem" : n + " problems";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

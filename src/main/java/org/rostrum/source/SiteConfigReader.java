package org.rostrum.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;
import org.rostrum.model.SiteConfig;

/**
 * Reads {@code site.yaml}. Never fails: a missing or broken file, or a broken field, is reported
 * and replaced by its default, so that the rest of the content can still be checked.
 */
final class SiteConfigReader {

    private static final String IN_FOLDER = "default_language_in_folder";
    private static final Fields.Kind SITE = new Fields.Kind("site.yaml", Set.of(
            "title", "base_url", "description", "language", "timezone", "publisher", "per_page", "comments", "logo",
            "params", "languages", IN_FOLDER, "search"));
    private static final Fields.Kind COMMENTS = new Fields.Kind("comments", "a mapping of fields", "comments.",
            Set.of("max_depth", "per_page"));

    private static final ZoneId UTC = ZoneId.of("UTC");

    private final SourceFiles files;
    private final ContentTree tree;

    SiteConfigReader(SourceFiles files, ContentTree tree) {
        this.files = files;
        this.tree = tree;
    }

    /** The settings of {@code file}, with defaults for everything missing or broken. */
    SiteConfig read(Path file, Diagnostics diagnostics) {
        if (!Files.isRegularFile(file)) {
            diagnostics.error(SourcePosition.startOf(file),
                    "site.yaml is missing: create it with at least 'title' and 'base_url'");
            return defaults();
        }
        if (!tree.isReadable(file, diagnostics)) {
            return defaults();
        }
        return files.yaml(file, diagnostics)
                .flatMap(value -> Fields.of(value, SITE, SourcePosition.startOf(file), diagnostics))
                .map(fields -> read(fields, file.getParent(), diagnostics))
                .orElseGet(SiteConfigReader::defaults);
    }

    /** The settings used when {@code site.yaml} cannot be read; the zone is UTC as if written {@code timezone: UTC}. */
    static SiteConfig defaults() {
        return new SiteConfig("", "/", Optional.empty(), "en", UTC, Optional.empty(),
                SiteConfig.DEFAULT_PER_PAGE, SiteConfig.DEFAULT_MAX_DEPTH, SiteConfig.DEFAULT_COMMENTS_PER_PAGE);
    }

    private static SiteConfig read(Fields site, Path contentDir, Diagnostics diagnostics) {
        String title = site.requiredText("title").orElse("");
        String baseUrl = site.requiredText("base_url").flatMap(url -> baseUrl(site, url, diagnostics)).orElse("/");
        String language = site.text("language").flatMap(tag -> language(site, tag)).orElse("en");
        ZoneId zone = site.text("timezone").flatMap(id -> zone(site, id)).orElse(UTC);
        int perPage = site.positiveInt("per_page").orElse(SiteConfig.DEFAULT_PER_PAGE);
        Optional<Fields> comments = site.mapping("comments")
                .flatMap(m -> Fields.of(m, COMMENTS, m.position(), diagnostics));
        int maxDepth = comments.flatMap(SiteConfigReader::maxDepth).orElse(SiteConfig.DEFAULT_MAX_DEPTH);
        int commentsPerPage = comments.flatMap(c -> boxed(c.positiveInt("per_page")))
                .orElse(SiteConfig.DEFAULT_COMMENTS_PER_PAGE);
        Optional<SiteConfig.Logo> logo = site.scalar("logo", SiteValues.LOGO)
                .flatMap(s -> logo(site, s, contentDir));
        Map<String, Object> params = site.mapping("params").map(m -> SiteParams.read(m, diagnostics)).orElse(Map.of());
        List<String> languages = languages(site, diagnostics);
        if (!languages.isEmpty() && site.text("language").isPresent() && !language.equals(languages.get(0))) {
            site.scalar("language", SiteValues.LANGUAGE).ifPresent(s -> diagnostics.error(s.position(),
                    "field 'language' must be the first of 'languages' (" + languages.get(0) + "), not "
                            + Fields.quote(language)));
        }
        return new SiteConfig(title, baseUrl, site.text("description"), languages.isEmpty() ? language
                : languages.get(0), zone, site.text("publisher"), perPage, maxDepth, commentsPerPage, logo, params,
                languages, inFolder(site, languages, diagnostics), site.bool("search").orElse(true));
    }

    /** {@code default_language_in_folder}, which only a site in several languages has a use for. */
    private static boolean inFolder(Fields site, List<String> languages, Diagnostics diagnostics) {
        boolean inFolder = site.bool(IN_FOLDER).orElse(false);
        if (inFolder && languages.size() < 2) {
            site.scalar(IN_FOLDER, "true or false").ifPresent(s -> diagnostics.warning(s.position(),
                    "field '" + IN_FOLDER + "' has no effect on a site in one language: list two or more"
                            + " 'languages', or remove it"));
        }
        return inFolder;
    }

    /** {@code languages}: known codes without repeats, the default first; empty when absent. */
    private static List<String> languages(Fields site, Diagnostics diagnostics) {
        List<String> languages = new ArrayList<>();
        site.list("languages", "a list of language codes", text -> "write languages: [" + text + "]")
                .ifPresent(list -> {
                    for (Value item : list.items()) {
                        if (!(item instanceof Value.Scalar scalar) || scalar.text().isBlank()) {
                            diagnostics.error(item.position(), "a language must be a code, not " + item.kind());
                            continue;
                        }
                        Optional<String> code = Languages.known(scalar.text());
                        if (code.isEmpty()) {
                            diagnostics.error(item.position(), "unknown language code "
                                    + Fields.quote(scalar.text().strip()) + ": write " + Languages.EXPECTED);
                        } else if (languages.contains(code.get())) {
                            diagnostics.error(item.position(), "language " + Fields.quote(code.get())
                                    + " is listed twice in 'languages'");
                        } else {
                            languages.add(code.get());
                        }
                    }
                });
        return languages;
    }

    private static Optional<SiteConfig.Logo> logo(Fields site, Value.Scalar value, Path contentDir) {
        String file = value.text().strip();
        if (!SiteValues.isLogo(file)) {
            return site.invalid("logo", SiteValues.LOGO, value);
        }
        Path inContent = contentDir.resolve(file);
        return Optional.of(new SiteConfig.Logo(file, file.contains("/") || !Files.isRegularFile(inContent)
                ? Optional.empty() : Optional.of(inContent), value.position()));
    }

    /**
     * {@code comments.max_depth}, at most {@link #MAX_DEPTH}: every drawn level nests the page's
     * lists and the JSON-LD's objects once more, and past a few hundred levels browsers flatten
     * the page and JSON writers refuse the document.
     */
    private static Optional<Integer> maxDepth(Fields comments) {
        Optional<Integer> depth = boxed(comments.positiveInt("max_depth"));
        if (depth.isPresent() && depth.get() > MAX_DEPTH) {
            String expected = "a whole number from 1 to " + MAX_DEPTH + " (deeper replies are drawn at that level)";
            return comments.scalar("max_depth", expected).flatMap(s -> comments.invalid("max_depth", expected, s));
        }
        return depth;
    }

    private static Optional<String> baseUrl(Fields site, String url, Diagnostics diagnostics) {
        Optional<String> problem = BaseUrl.problem(url);
        if (problem.isEmpty()) {
            return Optional.of(url);
        }
        site.scalar("base_url", BaseUrl.EXPECTED).ifPresent(s -> diagnostics.error(s.position(),
                "field 'base_url' " + problem.get()));
        return Optional.empty();
    }

    private static Optional<String> language(Fields site, String tag) {
        return SiteValues.language(tag).or(() -> site.scalar("language", SiteValues.LANGUAGE)
                .flatMap(s -> site.invalid("language", SiteValues.LANGUAGE, s)));
    }

    private static Optional<ZoneId> zone(Fields site, String id) {
        return SiteValues.zone(id).or(() -> site.scalar("timezone", SiteValues.TIMEZONE)
                .flatMap(s -> site.invalid("timezone", SiteValues.TIMEZONE, s, SiteValues.zoneHint(id))));
    }

    /** The deepest {@code comments.max_depth}. */
    static final int MAX_DEPTH = 100;

    private static Optional<Integer> boxed(OptionalInt value) {
        return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
    }
}

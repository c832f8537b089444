package org.rostrum.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.rostrum.diag.Diagnostics;
import org.rostrum.diag.SourcePosition;
import org.rostrum.layout.Layout;
import org.rostrum.model.SiteConfig;

/**
 * Where templates and static files come from: the site's own {@code templates/} folder, falling back
 * file by file to the default theme packed into Rostrum.
 *
 * <p>Immutable after {@link #open}; safe to share between threads.
 */
public final class Theme {

    static final String BUILT_IN = "org/rostrum/theme";
    private static final String BUILT_IN_LABEL = "<built-in theme>";
    private static final String CUSTOM_CSS = "custom.css";

    private final Optional<Path> siteDir;
    private final Path builtInDir;

    private Theme(Optional<Path> siteDir, Path builtInDir) {
        this.siteDir = siteDir;
        this.builtInDir = builtInDir;
    }

    /**
     * The theme for a site whose own templates live in {@code siteDir}; a folder that does not
     * exist means the built-in theme alone.
     */
    public static Theme open(Path siteDir) {
        Optional<Path> dir = Files.isDirectory(siteDir) ? Optional.of(siteDir) : Optional.empty();
        return new Theme(dir, locateBuiltIn());
    }

    /** The built-in theme alone, as a site without a templates folder of its own gets it. */
    public static Theme builtIn() {
        return new Theme(Optional.empty(), locateBuiltIn());
    }

    /** The site's own templates folder, when it exists. */
    public Optional<Path> siteDirectory() {
        return siteDir;
    }

    /** The built-in theme's files (inside the jar, or on disk when run from classes). */
    public Path builtInDirectory() {
        return builtInDir;
    }

    /**
     * Every static file of the theme, by path relative to {@code static/} with {@code /}
     * separators, sorted; the site's own file wins over the built-in file of the same name. A file
     * of the site's own that is a symbolic link out of its templates folder is left out (and
     * reported by {@link #reportLinksOutside}).
     */
    public Map<String, Path> staticFiles() {
        Map<String, Path> files = new TreeMap<>();
        collect(builtInDir.resolve("static"), files);
        siteDir.ifPresent(dir -> collect(dir.resolve("static"), files));
        return files;
    }

    /**
     * What a site adds to the theme without replacing its files, as its templates see it.
     *
     * @param staticFiles the theme's static files, as {@link #staticFiles()} gives them
     * @param logoHref    the href of the logo, from the site's root: {@code logo.svg} for a file in the
     *                    content folder (copied to the site's root), {@code static/logo.svg} for a static
     *                    file of the theme; empty without a logo, or when the file is missing
     * @param contentLogo the logo file in the content folder, to copy to {@code logoHref}
     * @param customCss   {@code static/custom.css} when the site's templates folder has one
     */
    public record Assets(Map<String, Path> staticFiles, Optional<String> logoHref, Optional<Path> contentLogo,
            Optional<String> customCss) {
        public Assets {
            staticFiles = Collections.unmodifiableMap(new TreeMap<>(staticFiles));
        }
    }

    /** The site's logo and own stylesheet, found among the theme's static files and in the content folder. */
    public Assets assets(SiteConfig config) {
        Map<String, Path> files = staticFiles();
        Optional<SiteConfig.Logo> logo = config.logo();
        Optional<Path> contentLogo = logo.flatMap(SiteConfig.Logo::inContent);
        Optional<String> logoHref = contentLogo.isPresent() ? logo.map(SiteConfig.Logo::file)
                : logo.map(SiteConfig.Logo::file).filter(files::containsKey).map(Layout::staticFile);
        Optional<String> customCss = siteDir.isPresent() && files.containsKey(CUSTOM_CSS)
                && files.get(CUSTOM_CSS).startsWith(siteDir.get()) ? Optional.of(Layout.staticFile(CUSTOM_CSS)) : Optional.empty();
        return new Assets(files, logoHref, contentLogo, customCss);
    }

    /** Reports a {@code logo} of {@code site.yaml} that is neither in the content folder nor a static file of the theme. */
    public void reportMissingLogo(SiteConfig config, Diagnostics diagnostics) {
        config.logo().filter(logo -> assets(config).logoHref().isEmpty()).ifPresent(logo ->
                diagnostics.error(logo.position(), "logo '" + logo.file() + "' not found: put the file directly in "
                        + "the content folder or in " + siteDir.map(d -> d.resolve("static").toString())
                                .orElse("templates/static")));
    }

    /**
     * Reports every symbolic link in the site's own templates folder whose target lies outside it,
     * or does not exist: such a template would not load, and such a static file would copy a file
     * from elsewhere on the disk into the site. Links are reported, never followed.
     */
    public void reportLinksOutside(Diagnostics diagnostics) {
        if (siteDir.isEmpty()) {
            return;
        }
        Path root = siteDir.get();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path link : walk.filter(Files::isSymbolicLink).toList()) {
                String what = "symbolic link '" + link.getFileName() + "'";
                if (!Files.exists(link)) {
                    diagnostics.error(SourcePosition.startOf(link), what + " points to a file that does not exist");
                } else if (!staysInside(link)) {
                    diagnostics.error(SourcePosition.startOf(link), what + " points outside the templates folder");
                }
            }
        } catch (IOException e) {
            diagnostics.error(SourcePosition.startOf(root), "cannot read templates folder: " + e.getMessage());
        }
    }

    /** Whether {@code path} (in the site's templates folder) resolves to a file inside that folder. */
    private boolean staysInside(Path path) {
        try {
            return path.toRealPath().startsWith(siteDir.get().toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** The file a template name resolves to, for messages: the site's own, else the built-in one. */
    public String describe(String templateName) {
        if (siteDir.isPresent() && Files.isRegularFile(siteDir.get().resolve(templateName))) {
            return siteDir.get().resolve(templateName).toString();
        }
        return BUILT_IN_LABEL + "/" + templateName;
    }

    TemplateLoader templateLoader() {
        TemplateLoader builtIn = new ClassTemplateLoader(Theme.class.getClassLoader(), BUILT_IN);
        if (siteDir.isEmpty()) {
            return builtIn;
        }
        try {
            return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(siteDir.get().toFile()), builtIn});
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read templates folder " + siteDir.get(), e);
        }
    }

    private void collect(Path root, Map<String, Path> files) {
        if (!Files.isDirectory(root)) {
            return;
        }
        boolean own = siteDir.isPresent() && root.startsWith(siteDir.get());
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !own || !Files.isSymbolicLink(p) || staysInside(p))
                    .forEach(p -> files.put(root.relativize(p).toString().replace('\\', '/'), p));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    /**
     * Finds the built-in theme on the class path: a plain folder when Rostrum runs from compiled
     * classes, a folder inside the jar (through the zip file system) when it runs from the jar.
     */
    private static Path locateBuiltIn() {
        URL marker = Theme.class.getClassLoader().getResource(BUILT_IN + "/layout.ftlh");
        if (marker == null) {
            throw new IllegalStateException("the built-in theme is missing from the class path");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                return jar.getPath("/" + BUILT_IN);
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the built-in theme at " + marker, e);
        }
    }
}

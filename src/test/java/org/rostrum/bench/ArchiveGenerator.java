package org.rostrum.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * Writes a synthetic debate archive for benchmarks, deterministic for a seed: N debates dated over
 * 15 years, 1 to 3 of 20 topics each, a Markdown body of about 500 words (with a quote, a list,
 * links and emphasis), a reader prompt and two responses from a pool of 50 people, and comment
 * threads with a mean of about 40 comments (10% of debates with none, 2% with 300 or more), replies
 * nested up to 5 deep, 30% anonymous, each about 50 words of Markdown.
 *
 * <p>That is the plain shape. {@code --shape} names another {@link ArchiveShape}: comments with
 * the Markdown readers write, double-quoted YAML bodies, one file per comment, text in other
 * scripts, or all of them ({@code real}).
 *
 * <p>With {@code --hugo} it writes the same archive as a Hugo site (content, comment data files,
 * with the same YAML forms and one data file per comment where Rostrum has one, and layouts that
 * render each thread recursively), so that both generators can be timed on the same data.
 *
 * <p>Every archive with a thread of over 300 comments from its middle on has a {@link Needle}: two
 * words in one reply deep in that thread and nowhere else. With {@code --needle} it is written to
 * that file (beside the content, not in it).
 *
 * <p>It writes each debate as it is generated and keeps nothing of it afterwards, so any number of
 * debates can be written in the same small memory.
 *
 * <pre>{@code java -cp ... org.rostrum.bench.ArchiveGenerator <debates> <seed> <dir> [--shape <name>] [--hugo <dir>]
 *     [--needle <file>]}</pre>
 */
public final class ArchiveGenerator {

    private static final String[] WORDS = ("the of and to in a is that for it as was with be by on not he this are or his "
            + "from at which but have an they you were her she there been one all we their has would when if so no "
            + "what up out them about more into than its only other time some could these two may then do first any "
            + "my now such like our over man me even most made after also did many before must through back years "
            + "where much your way well down should because each just those people how too little state good very "
            + "make world still own see men work long get here between both life being under never day same another "
            + "know while last might us great old year off come since against go came right used take three europe "
            + "policy union member states parliament treaty security budget energy climate border vote citizens "
            + "referendum alliance reform market trade tax growth debt schools privacy data migration asylum "
            + "democracy court law rights press freedom defence army nuclear gas coal wind solar farmers cities").split(" ");
    private static final String[] TOPICS = {"Foreign Affairs", "Security", "Climate", "Energy", "Migration",
        "Democracy", "Digital Rights", "Economy", "Education", "Health", "Trade", "Agriculture", "Transport",
        "Culture", "Justice", "Labour", "Housing", "Science", "Media", "Enlargement"};
    private static final String[] FIRST = {"Anna", "Bernd", "Clara", "Dario", "Eva", "Filip", "Greta", "Hugo",
        "Ines", "Jonas", "Katja", "Luca", "Marta", "Niels", "Olga", "Pavel", "Rosa", "Sven", "Tereza", "Ugo"};
    private static final String[] LAST = {"Adler", "Berg", "Costa", "Dvorak", "Eriksen", "Fischer", "Garcia",
        "Horvat", "Ivanova", "Jansen", "Kowalski", "Lind", "Moreau", "Novak", "Olsen", "Petrov", "Rossi",
        "Schmidt", "Tamm", "Urban"};
    private static final int PEOPLE = 50;

    private final Random random;
    private final long seed;
    private final ArchiveShape shape;
    private final RealComments real;

    private ArchiveGenerator(long seed, ArchiveShape shape) {
        this.random = new Random(seed);
        this.seed = seed;
        this.shape = shape;
        this.real = new RealComments(random, WORDS);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || args.length % 2 == 0) {
            System.err.println("usage: ArchiveGenerator <debates> <seed> <dir> [--shape <name>] [--hugo <dir>]"
                    + " [--needle <file>]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        Path dir = Path.of(args[2]);
        Path hugo = null;
        Path needleFile = null;
        ArchiveShape shape = ArchiveShape.named("plain");
        for (int i = 3; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--hugo" -> hugo = Path.of(args[i + 1]);
                case "--shape" -> shape = ArchiveShape.named(args[i + 1]);
                case "--needle" -> needleFile = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Stats stats = write(n, seed, shape, dir, hugo);
        System.out.println("wrote " + n + " debates with " + stats.comments + " comments into " + dir
                + (hugo != null ? " and " + hugo : "") + " (shape " + shape.name() + ")");
        if (stats.needle.isEmpty()) {
            System.out.println("no needle: no debate from the middle of the archive on has over "
                    + Needle.LONG_THREAD + " comments");
            return;
        }
        Needle needle = stats.needle.get();
        System.out.println("needle: '" + needle.query() + "' in comment " + needle.comment() + " (depth "
                + needle.depth() + ") of " + needle.debate() + " (" + needle.thread() + " comments)");
        if (needleFile != null) {
            needle.write(needleFile);
        }
    }

    /** Writes {@code debates} debates of that shape into {@code dir}, and into {@code hugo} unless null. */
    static Stats write(int debates, long seed, ArchiveShape shape, Path dir, Path hugo) throws IOException {
        return new ArchiveGenerator(seed, shape).write(debates, dir, hugo);
    }

    /** Writes {@code debates} debates of the shape named {@code shape} into {@code dir}. */
    public static Stats write(int debates, long seed, String shape, Path dir) throws IOException {
        return write(debates, seed, ArchiveShape.named(shape), dir, null);
    }

    /** What was written: the number of comments, and the needle unless no thread was long enough. */
    public static final class Stats {
        public long comments;
        public Optional<Needle> needle = Optional.empty();
    }

    /**
     * A comment as generated: an id, its parent's index (-1 at the top), author (null when absent,
     * empty when written empty), date and body.
     */
    private record Gen(String id, int parent, String author, LocalDateTime date, String body, int depth) {
        Gen withBody(String text) {
            return new Gen(id, parent, author, date, text, depth);
        }
    }

    public Stats write(int debates, Path dir, Path hugo) throws IOException {
        Stats stats = new Stats();
        write(dir.resolve("site.yaml"), "title: Benchmark Archive\nbase_url: https://bench.example.org/\n"
                + "description: A synthetic archive for benchmarks.\ntimezone: Europe/Berlin\nper_page: 20\n");
        StringBuilder topics = new StringBuilder();
        for (String t : TOPICS) {
            topics.append(t).append(": Debates about ").append(t.toLowerCase()).append(".\n");
        }
        write(dir.resolve("topics.yaml"), topics.toString());
        for (int p = 0; p < PEOPLE; p++) {
            write(dir.resolve("people/person-" + p + ".yaml"), "name: " + FIRST[p % 20] + " " + LAST[(p * 7) % 20]
                    + "\nrole: " + capital(words(6)) + "\nbio: |\n  " + capital(words(40)) + ".\n");
        }
        write(dir.resolve("pages/about.md"), "---\ntitle: About\n---\n" + capital(words(120)) + ".\n");
        if (hugo != null) {
            writeHugoSkeleton(hugo);
        }
        LocalDate start = LocalDate.of(2010, 1, 1);
        for (int i = 0; i < debates; i++) {
            String slug = "debate-" + i + "-" + WORDS[random.nextInt(WORDS.length)];
            LocalDateTime date = start.atStartOfDay().plusMinutes((long) (i + random.nextDouble()) * 15L * 365 * 24 * 60
                    / Math.max(1, debates));
            List<String> topicList = new ArrayList<>();
            int k = 1 + random.nextInt(3);
            while (topicList.size() < k) {
                String t = TOPICS[random.nextInt(TOPICS.length)];
                if (!topicList.contains(t)) {
                    topicList.add(t);
                }
            }
            int p1 = random.nextInt(PEOPLE);
            int p2 = (p1 + 1 + random.nextInt(PEOPLE - 1)) % PEOPLE;
            String title = capital(words(6 + random.nextInt(6))) + "?";
            String body = body();
            String reader = capital(words(25)) + "?";
            String answer1 = paragraphs(2, 60);
            String answer2 = paragraphs(2, 60);
            List<Gen> comments = comments(date);
            stats.comments += comments.size();
            if (stats.needle.isEmpty() && i >= debates / 2) {
                stats.needle = plantNeedle(slug, comments);
            }
            Form form = new Form(shape.quoted() > 0 && random.nextDouble() < shape.quoted(),
                    shape.files() > 0 && random.nextDouble() < shape.files());
            writeRostrum(dir.resolve("debates/" + slug), title, date, topicList, body, reader, p1, answer1, p2, answer2,
                    comments, form);
            if (hugo != null) {
                writeHugo(hugo, slug, title, date, topicList, body, reader, p1, answer1, p2, answer2, comments, form);
            }
        }
        return stats;
    }

    /**
     * Adds the needle's sentence, as a paragraph of its own, to the last reply at {@link Needle#DEPTH}
     * or deeper of a thread of over {@link Needle#LONG_THREAD} comments. Uses no number of the
     * archive's random stream, so the rest of the archive is as it would be without it.
     */
    private Optional<Needle> plantNeedle(String slug, List<Gen> comments) {
        if (comments.size() <= Needle.LONG_THREAD) {
            return Optional.empty();
        }
        for (int i = comments.size() - 1; i >= 0; i--) {
            Gen c = comments.get(i);
            if (c.depth() >= Needle.DEPTH) {
                List<String> words = Needle.words(seed);
                comments.set(i, c.withBody(c.body() + "\n\n" + Needle.sentence(words)));
                return Optional.of(new Needle(String.join(" ", words).toLowerCase(Locale.ROOT), slug, c.id(),
                        c.depth(), comments.size()));
            }
        }
        return Optional.empty();
    }

    /** Every word and name the generator writes text from (other than the needle's), for tests. */
    static List<String> vocabulary() {
        List<String> all = new ArrayList<>(List.of(WORDS));
        all.addAll(List.of(TOPICS));
        all.addAll(List.of(FIRST));
        all.addAll(List.of(LAST));
        all.addAll(RealComments.vocabulary());
        return all;
    }

    /**
     * How a debate's comments are written: bodies as double-quoted scalars rather than block scalars,
     * and the second half of the comments as one file each rather than in the one file.
     */
    private record Form(boolean quoted, boolean files) {
    }

    private void writeRostrum(Path folder, String title, LocalDateTime date, List<String> topics, String body,
            String reader, int p1, String answer1, int p2, String answer2, List<Gen> comments, Form form)
            throws IOException {
        StringBuilder md = new StringBuilder("---\ntitle: \"").append(title).append("\"\ndate: ")
                .append(date.atOffset(ZoneOffset.UTC)).append("\ntopics: [").append(String.join(", ", topics))
                .append("]\n---\n").append(body).append("\n::: response person-").append(p1).append('\n')
                .append(answer1).append(":::\n\nA reader wrote to us.\n\n::: reader Reader ").append(p1 + p2)
                .append('\n').append(reader).append("\n:::\n\n::: response person-").append(p2).append('\n')
                .append(answer2).append(":::\n");
        write(folder.resolve("index.md"), md.toString());
        if (comments.isEmpty()) {
            return;
        }
        int inFile = form.files() ? comments.size() / 2 : comments.size();
        if (inFile > 0) {
            StringBuilder yaml = new StringBuilder(inFile * 400).append("comments:\n");
            for (Gen c : comments.subList(0, inFile)) {
                appendComment(yaml, "  - ", "    ", c, comments, form.quoted());
            }
            write(folder.resolve("comments.yaml"), yaml.toString());
        }
        for (Gen c : comments.subList(inFile, comments.size())) {
            StringBuilder yaml = new StringBuilder(400);
            appendComment(yaml, "", "", c, comments, form.quoted());
            write(folder.resolve("comments/" + c.date().toLocalDate() + "-" + c.id() + ".yaml"), yaml.toString());
        }
    }

    /** One comment as a YAML mapping; {@code first} starts its first line, {@code indent} the others. */
    private static void appendComment(StringBuilder yaml, String first, String indent, Gen c, List<Gen> comments,
            boolean quoted) {
        yaml.append(first).append("id: ").append(c.id()).append('\n');
        if (c.parent() >= 0) {
            yaml.append(indent).append("parent: ").append(comments.get(c.parent()).id()).append('\n');
        }
        if (c.author() != null) {
            yaml.append(indent).append("author: ").append(c.author().isEmpty() ? "\"\"" : c.author()).append('\n');
        }
        yaml.append(indent).append("date: ").append(c.date().atOffset(ZoneOffset.UTC)).append('\n');
        appendBody(yaml, indent, c.body(), quoted);
    }

    /** {@code body:} as a double-quoted scalar on one line, or as a literal block scalar. */
    private static void appendBody(StringBuilder yaml, String indent, String body, boolean quoted) {
        if (quoted) {
            yaml.append(indent).append("body: \"");
            for (int i = 0; i < body.length(); i++) {
                char ch = body.charAt(i);
                switch (ch) {
                    case '"' -> yaml.append("\\\"");
                    case '\\' -> yaml.append("\\\\");
                    case '\n' -> yaml.append("\\n");
                    case '\t' -> yaml.append("\\t");
                    default -> yaml.append(ch);
                }
            }
            yaml.append("\"\n");
            return;
        }
        yaml.append(indent).append("body: |\n");
        for (String line : body.split("\n", -1)) {
            yaml.append(line.isEmpty() ? "" : indent + "  " + line).append('\n');
        }
    }

    /** Comments in page order (each followed by its replies), parents before children. */
    private List<Gen> comments(LocalDateTime debateDate) {
        int roll = random.nextInt(100);
        int count = roll < 10 ? 0 : roll < 12 ? 300 + random.nextInt(200) : 5 + random.nextInt(64);
        List<Gen> out = new ArrayList<>(count);
        LocalDateTime date = debateDate.plusHours(1);
        while (out.size() < count) {
            addTree(out, -1, 0, count, date);
            date = date.plusMinutes(7 + random.nextInt(90));
        }
        return out;
    }

    private void addTree(List<Gen> out, int parent, int depth, int limit, LocalDateTime date) {
        if (out.size() >= limit) {
            return;
        }
        int index = out.size();
        String author = random.nextInt(100) < 30 ? null : FIRST[random.nextInt(20)] + " " + LAST[random.nextInt(20)].charAt(0) + ".";
        String body;
        if (shape.markdown() > 0 || shape.nonLatin() > 0) {
            body = real.body(shape.markdown(), shape.nonLatin(), parent >= 0 ? out.get(parent).body() : null);
        } else {
            body = commentBody();
        }
        if (shape.unsigned()) {
            author = author == null ? (random.nextBoolean() ? "" : null) : real.author(author, true);
        }
        out.add(new Gen("c" + index, parent, author, date, body, depth));
        if (depth < 5) {
            int replies = random.nextInt(100) < 45 ? 1 + random.nextInt(depth == 0 ? 3 : 2) : 0;
            for (int r = 0; r < replies; r++) {
                addTree(out, index, depth + 1, limit, date.plusMinutes(5 + random.nextInt(300)));
            }
        }
    }

    private String commentBody() {
        StringBuilder b = new StringBuilder(capital(words(20 + random.nextInt(15))));
        int style = random.nextInt(10);
        if (style < 3) {
            b.append(" *").append(words(3)).append('*');
        } else if (style < 5) {
            b.append(" [").append(words(2)).append("](https://example.org/").append(WORDS[random.nextInt(WORDS.length)]).append(')');
        } else if (style < 6) {
            b.append(" **").append(words(2)).append("**");
        }
        b.append(". ").append(capital(words(10 + random.nextInt(10)))).append('.');
        if (random.nextInt(4) == 0) {
            b.append("\n\n").append(capital(words(12))).append('.');
        }
        return b.toString();
    }

    private String body() {
        StringBuilder b = new StringBuilder();
        b.append(paragraphs(2, 70));
        b.append("> ").append(capital(words(25))).append(".\n\n");
        b.append(capital(words(30))).append(", for example *").append(words(3)).append("* and **").append(words(2))
                .append("**, see [the report](https://example.org/report-").append(random.nextInt(1000)).append(").\n\n");
        for (int i = 0; i < 4; i++) {
            b.append("- ").append(capital(words(8))).append('\n');
        }
        b.append('\n').append(paragraphs(3, 70));
        return b.toString();
    }

    private String paragraphs(int count, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append(capital(words(words - 10 + random.nextInt(20)))).append(".\n\n");
        }
        return b.toString();
    }

    private String words(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ----- The same archive as a Hugo site -----

    private void writeHugoSkeleton(Path hugo) {
        write(hugo.resolve("config.toml"), "baseURL = \"https://bench.example.org/\"\ntitle = \"Benchmark Archive\"\n"
                + "disableKinds = [\"RSS\"]\n[taxonomies]\n  topic = \"topics\"\n[markup.goldmark.renderer]\n  unsafe = false\n"
                + "[pagination]\n  pagerSize = 20\n");
        for (int p = 0; p < PEOPLE; p++) {
            write(hugo.resolve("data/people/person-" + p + ".yaml"), "name: " + FIRST[p % 20] + " " + LAST[(p * 7) % 20]
                    + "\nrole: Role\n");
        }
        write(hugo.resolve("layouts/_default/baseof.html"), """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
                <body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header><main>{{ block "main" . }}{{ end }}</main></body></html>
                """);
        // Replies are looked up in a map of each comment's replies, built once per debate, so that a
        // thread renders in linear time (a "where" over all comments for every comment is quadratic).
        write(hugo.resolve("layouts/_default/single.html"), """
                {{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Date.Format "January 2, 2006" }}
                {{ range .Params.topics }}<a href="{{ (printf "/topics/%s/" (urlize .)) | relURL }}">{{ . }}</a> {{ end }}</p>
                {{ .Content }}</article>
                {{ $comments := index .Site.Data.comments .File.ContentBaseName }}
                {{ with $comments }}{{ $replies := newScratch }}{{ range . }}{{ $replies.Add (printf "r-%s" .parent) (slice .) }}{{ end }}
                <section><h2>{{ len . }} comments</h2>
                <ol>{{ range $replies.Get "r-" }}{{ partial "comment.html" (dict "c" . "replies" $replies) }}{{ end }}</ol></section>{{ end }}
                {{ end }}
                """);
        write(hugo.resolve("layouts/partials/comment.html"), """
                <li id="comment-{{ .c.id }}"><h3>{{ with .c.author }}{{ . }}{{ else }}Anonymous{{ end }} <a href="#comment-{{ .c.id }}">{{ .c.date }}</a></h3>
                {{ .c.body | markdownify }}
                {{ $replies := .replies }}{{ with $replies.Get (printf "r-%s" .c.id) }}<ol>{{ range . }}{{ partial "comment.html" (dict "c" . "replies" $replies) }}{{ end }}</ol>{{ end }}</li>
                """);
        write(hugo.resolve("layouts/_default/list.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1>{{ range (.Paginate .Pages).Pages }}<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
                <p>{{ .Date.Format "January 2, 2006" }}</p><p>{{ .Summary }}</p></article>{{ end }}{{ end }}
                """);
        write(hugo.resolve("layouts/index.html"), """
                {{ define "main" }}{{ range (.Paginate (where .Site.RegularPages "Section" "debates")).Pages }}<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
                <p>{{ .Date.Format "January 2, 2006" }}</p><p>{{ .Summary }}</p></article>{{ end }}{{ end }}
                """);
        write(hugo.resolve("layouts/shortcodes/response.html"), """
                {{ $p := index .Site.Data.people (.Get 0) }}<section class="response"><h2>{{ $p.name }}</h2><p>{{ $p.role }}</p>{{ .Inner | markdownify }}</section>
                """);
        write(hugo.resolve("layouts/shortcodes/reader.html"), """
                <aside class="reader"><p>{{ .Get 0 }} asks</p>{{ .Inner | markdownify }}</aside>
                """);
    }

    private void writeHugo(Path hugo, String slug, String title, LocalDateTime date, List<String> topics, String body,
            String reader, int p1, String answer1, int p2, String answer2, List<Gen> comments, Form form) {
        StringBuilder md = new StringBuilder("---\ntitle: \"").append(title).append("\"\ndate: ")
                .append(date.atOffset(ZoneOffset.UTC)).append("\ntopics: [").append(String.join(", ", topics))
                .append("]\n---\n").append(body).append("\n{{< response \"person-").append(p1).append("\" >}}\n")
                .append(answer1).append("{{< /response >}}\n\nA reader wrote to us.\n\n{{< reader \"Reader\" >}}\n")
                .append(reader).append("\n{{< /reader >}}\n\n{{< response \"person-").append(p2).append("\" >}}\n")
                .append(answer2).append("{{< /response >}}\n");
        write(hugo.resolve("content/debates/" + slug + ".md"), md.toString());
        if (form.files() && !comments.isEmpty()) {
            // Hugo reads a folder of data files as a map from file name to content; the layouts
            // range over it as over a list.
            for (Gen c : comments) {
                StringBuilder yaml = new StringBuilder(400);
                appendHugoComment(yaml, "", "", c, comments, form.quoted());
                write(hugo.resolve("data/comments/" + slug + "/" + c.id() + ".yaml"), yaml.toString());
            }
            return;
        }
        StringBuilder yaml = new StringBuilder(comments.size() * 400);
        if (comments.isEmpty()) {
            yaml.append("[]\n");
        }
        for (Gen c : comments) {
            appendHugoComment(yaml, "- ", "  ", c, comments, form.quoted());
        }
        write(hugo.resolve("data/comments/" + slug + ".yaml"), yaml.toString());
    }

    private static void appendHugoComment(StringBuilder yaml, String first, String indent, Gen c, List<Gen> comments,
            boolean quoted) {
        yaml.append(first).append("id: ").append(c.id()).append('\n');
        yaml.append(indent).append("parent: \"").append(c.parent() >= 0 ? comments.get(c.parent()).id() : "")
                .append("\"\n");
        if (c.author() != null) {
            yaml.append(indent).append("author: ").append(c.author().isEmpty() ? "\"\"" : c.author()).append('\n');
        }
        yaml.append(indent).append("date: \"").append(c.date().atOffset(ZoneOffset.UTC)).append("\"\n");
        appendBody(yaml, indent, c.body(), quoted);
    }
}

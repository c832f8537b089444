package org.rostrum.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes reader comments as readers write them, for the archive shapes other than plain: Markdown
 * of every common kind in a share of comments, ordinary punctuation that means something to
 * Markdown ({@code &}, {@code ...}, {@code $}, {@code #}, {@code @}), and text in other scripts.
 * Deterministic for the {@link Random} it is given. Public for the tests that hold the fast paths
 * for comments to the slow ones.
 */
public final class RealComments {

    private static final String[] CYRILLIC = ("и в не на что это как по но он она мы вы они был была будет "
            + "россия европа союз выборы закон право свобода безопасность граница налог бюджет энергия газ "
            + "нефть климат город школа армия договор референдум демократия суд пресса власть народ страна "
            + "сегодня завтра всегда никогда почему потому конечно думаю согласен статья вопрос ответ").split(" ");
    private static final String[] GREEK = ("και το η ο να σε με για από που δεν είναι θα ευρώπη ένωση "
            + "εκλογές νόμος δικαίωμα ελευθερία ασφάλεια σύνορα φόρος προϋπολογισμός ενέργεια κλίμα πόλη "
            + "σχολείο στρατός συνθήκη δημοψήφισμα δημοκρατία δικαστήριο τύπος χρέος ανάπτυξη").split(" ");
    private static final String[] ARABIC = ("في من على إلى أن هذا هذه التي الذي لا ما كان هو هي أوروبا "
            + "الاتحاد الانتخابات القانون الحق الحرية الأمن الحدود الضرائب الميزانية الطاقة المناخ المدينة "
            + "المدرسة الجيش المعاهدة الاستفتاء الديمقراطية المحكمة الصحافة اللاجئين الهجرة").split(" ");
    private static final String[] CJK = ("欧洲 联盟 选举 法律 权利 自由 安全 边境 税收 预算 能源 气候 城市 学校 军队 条约 "
            + "公投 民主 法院 新闻 难民 移民 我们 他们 认为 问题 政府 国家 経済 政治 社会 日本 中国 選挙 "
            + "改革 市場 貿易 成長 債務").split(" ");
    private static final String[] CJK_PUNCTUATION = {"，", "。", "、", "；", "？", "！", "：", "「", "」"};
    private static final String[] NON_LATIN_NAMES = {"Алексей К.", "Мария Петрова", "Ελένη Π.", "Γιώργος",
        "أحمد", "فاطمة ع.", "王伟", "李娜", "佐藤", "Zoë Müller", "Łukasz Wójcik", "Ørjan Sæther"};
    private static final String[] HOSTS = {"www.theguardian.example.com", "example.org", "news.example.de",
        "en.wikipedia.example.org", "youtube.example.com", "eur-lex.example.eu", "t.example.co"};
    private static final String[] CODE = {"GDP", "NULL", "x = y + 1", "rm -rf", "<div>", "2 * 3", "a_b_c", "#tag",
        "&&", "O(n^2)"};

    private final Random random;
    private final String[] words;

    public RealComments(Random random, String[] words) {
        this.random = random;
        this.words = words;
    }

    /** Every word, name, host and snippet of code these comments are made of (not the shared words). */
    static List<String> vocabulary() {
        List<String> all = new ArrayList<>();
        for (String[] pool : List.of(CYRILLIC, GREEK, ARABIC, CJK, NON_LATIN_NAMES, HOSTS, CODE)) {
            all.addAll(List.of(pool));
        }
        return all;
    }

    /** A signed author's name: a Latin name as given, or now and then a name in another script. */
    String author(String latin, boolean nonLatinNames) {
        return nonLatinNames && random.nextInt(100) < 15 ? NON_LATIN_NAMES[random.nextInt(NON_LATIN_NAMES.length)]
                : latin;
    }

    /**
     * One comment's Markdown: {@code markdown} of comments carry Markdown, {@code nonLatin} of them
     * are written in or mix in another script; {@code parentText} is quoted now and then in a reply.
     */
    public String body(double markdown, double nonLatin, String parentText) {
        boolean foreign = random.nextDouble() < nonLatin;
        int script = random.nextInt(4);
        boolean mixed = foreign && random.nextBoolean();
        boolean marked = random.nextDouble() < markdown;
        StringBuilder b = new StringBuilder();
        if (marked && parentText != null && random.nextInt(100) < 20) {
            String line = parentText.lines().findFirst().orElse("");
            b.append("> ").append(line.length() > 120 ? line.substring(0, 120) + "..." : line).append("\n\n");
        }
        int paragraphs = 1 + (random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0);
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                b.append("\n\n");
            }
            b.append(sentence(foreign && !mixed, script, mixed, marked));
            if (random.nextBoolean()) {
                b.append(' ').append(sentence(foreign && !mixed, script, mixed, marked));
            }
        }
        if (marked) {
            block(b, foreign && !mixed, script);
        } else if (random.nextInt(100) < 15) {
            b.append(' ').append(punctuation());
        }
        return b.toString();
    }

    /** A sentence of 8 to 25 words, with one inline construct now and then when {@code marked}. */
    private String sentence(boolean foreign, int script, boolean mixed, boolean marked) {
        int n = 8 + random.nextInt(18);
        StringBuilder s = new StringBuilder();
        int inlineAt = marked && random.nextInt(100) < 70 ? random.nextInt(n) : -1;
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                s.append(script == 3 && foreign ? (random.nextInt(6) == 0 ? CJK_PUNCTUATION[random.nextInt(3)] : "")
                        : " ");
            }
            String word = mixed && random.nextInt(6) == 0 ? word(true, script) : word(foreign, script);
            if (i == inlineAt) {
                s.append(inline(word, foreign, script));
            } else {
                s.append(i == 0 ? capital(word) : word);
            }
        }
        s.append(foreign && script == 3 ? CJK_PUNCTUATION[1 + random.nextInt(2) * 3] : random.nextInt(8) == 0 ? "?" : ".");
        return s.toString();
    }

    private String word(boolean foreign, int script) {
        if (!foreign) {
            return words[random.nextInt(words.length)];
        }
        String[] pool = switch (script) {
            case 0 -> CYRILLIC;
            case 1 -> GREEK;
            case 2 -> ARABIC;
            default -> CJK;
        };
        return pool[random.nextInt(pool.length)];
    }

    /** One inline construct around {@code word}, as readers write them. */
    private String inline(String word, boolean foreign, int script) {
        String two = word + " " + word(foreign, script);
        return switch (random.nextInt(14)) {
            case 0, 1 -> "*" + word + "*";
            case 2 -> "_" + two + "_";
            case 3 -> "**" + two + "**";
            case 4 -> "__" + word + "__";
            case 5 -> "*" + word + "*,";
            case 6 -> "(*" + word + "*)";
            case 7 -> "[" + two + "](" + url() + ")";
            case 8 -> "[" + word + "](" + url() + " \"" + word + "\")";
            case 9 -> random.nextBoolean() ? url() : "www." + HOSTS[random.nextInt(HOSTS.length)].replace("www.", "");
            case 10 -> "`" + CODE[random.nextInt(CODE.length)] + "`";
            case 11 -> "~~" + word + "~~";
            case 12 -> "***" + word + "***";
            default -> "\"" + word + "\" &amp; " + word;
        };
    }

    private String url() {
        StringBuilder u = new StringBuilder(random.nextInt(5) == 0 ? "http://" : "https://")
                .append(HOSTS[random.nextInt(HOSTS.length)]).append('/');
        switch (random.nextInt(4)) {
            case 0 -> u.append(words[random.nextInt(words.length)]).append('-').append(words[random.nextInt(words.length)]);
            case 1 -> u.append("news/").append(2010 + random.nextInt(15)).append('/').append(1 + random.nextInt(12))
                    .append("/article-").append(random.nextInt(100000)).append(".html");
            case 2 -> u.append("watch?v=").append(Long.toString(random.nextLong() & 0xffffffffffL, 36)).append("&t=")
                    .append(random.nextInt(600)).append('s');
            default -> u.append("wiki/").append(capital(words[random.nextInt(words.length)])).append("_(")
                    .append(words[random.nextInt(words.length)]).append(")#section");
        }
        return u.toString();
    }

    /** A block at the end of a marked comment now and then: a list, a numbered list, code, a break. */
    private void block(StringBuilder b, boolean foreign, int script) {
        switch (random.nextInt(10)) {
            case 0, 1 -> {
                b.append("\n\n");
                int items = 2 + random.nextInt(4);
                for (int i = 0; i < items; i++) {
                    b.append(random.nextBoolean() ? "- " : "* ").append(phrase(foreign, script, 4 + random.nextInt(6)))
                            .append('\n');
                }
            }
            case 2 -> {
                b.append("\n\n");
                int items = 2 + random.nextInt(3);
                for (int i = 0; i < items; i++) {
                    b.append(i + 1).append(". ").append(phrase(foreign, script, 4 + random.nextInt(8))).append('\n');
                }
            }
            case 3 -> b.append("\n\n```\n").append(CODE[random.nextInt(CODE.length)]).append('\n')
                    .append(CODE[random.nextInt(CODE.length)]).append("\n```");
            case 4 -> b.append("  \n").append(phrase(foreign, script, 6));
            case 5 -> b.append("\n\nEdit: ").append(phrase(foreign, script, 8)).append(" -- ").append(punctuation());
            default -> {
            }
        }
    }

    private String phrase(boolean foreign, int script, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0 && !(foreign && script == 3)) {
                s.append(' ');
            }
            s.append(word(foreign, script));
        }
        return capital(s.toString());
    }

    /** Ordinary punctuation that Markdown reads as more than text. */
    private String punctuation() {
        return switch (random.nextInt(8)) {
            case 0 -> "Tom & Jerry politics...";
            case 1 -> "It costs $" + random.nextInt(1000) + " per head, about " + random.nextInt(100) + "%.";
            case 2 -> "#" + words[random.nextInt(words.length)] + " #eu";
            case 3 -> "@" + capital(words[random.nextInt(words.length)]) + " is right.";
            case 4 -> "See e.g. p. " + random.nextInt(300) + ": \"" + words[random.nextInt(words.length)] + "\"!";
            case 5 -> "5 < 7 and 9 > 3, obviously.";
            case 6 -> "Yes -- and no :-)";
            default -> "Wait... what?!";
        };
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

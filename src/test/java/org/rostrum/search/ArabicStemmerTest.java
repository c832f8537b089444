package org.rostrum.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Snowball Arabic, rule by rule on folded words, and word for word against Lucene's copy of the
 * Snowball stemmer over some thousands of Arabic words: the words of a debate written here, and forms
 * made from nouns and verbs with the article, conjunctions, prepositions, plural and pronoun suffixes
 * and the persons of the verb (hamza, vowel marks and tatweel included), then folded as the index
 * folds them.
 */
class ArabicStemmerTest {

    /** Debate-like prose, as a site's comments are written; some words with their vowel marks. */
    private static final String PROSE = """
            ناقش المجلس البلدي لساعات طويلة الضريبة الجديدة على النفايات. يريد المواطنون مزيدا من الشفافية:
            أين تذهب أموال الضَّرائِب؟ وقال المسؤول إن الإيرادات ستستخدم لتمويل إعادة التدوير وتنظيف الشوارع.
            لكن كثيرا من السكان لا يوافقون على ذلك، ويقولون إن المدينة تنفق أكثر مما ينبغي على الاستشارات.
            أعتقد أنه يجب علينا أن نخفض الضرائب على الأسر التي لديها أطفال وأن نرفعها على من يلوث البيئة.
            ليس من العدل أن يدفع الناس أنفسهم دائما. المسؤولية تقع على الجميع، وليس على الشباب وحدهم.
            الانتخابات تقترب والمرشحون يعدون الجميع بكل شيء؛ ولا أحد يشرح كيف سيدفع ثمن وعوده.
            قرأت برنامج رئيس البلدية: يتحدث عن الاستدامة والإنتاجية وجودة الحياة، لكنه لا يقول كلمة عن
            النقل العام. ردا على التعليق السابق: أرقام الجامعة تظهر أن البطالة انخفضت، وإن كان ببطء.
            نشرت الإحصاءات الرسمية أمس وهي تؤكد هذا الاتجاه. سيكون من المفيد أن تتدخل الحكومة فورا قبل أن
            يتفاقم الوضع. لماذا لا يتحدث أحد عن المستشفيات؟ قوائم الانتظار طويلة والأطباء يعملون في ظروف صعبة.
            أود أن أعرف كم ممرضا سيعين في العام المقبل. صوتنا ضد الاقتراح لأنه كان سيفيد شركات البناء الكبرى.
            لو وافق المجلس عليه لتخلى عن حماية المناظر الطبيعية. قولوها بصراحة: من المستفيد؟
            يجب الدفاع عن حرية التعبير، لكن الشتائم لا تساعد النقاش. خففوا من لهجتكم من فضلكم والتزموا بالموضوع.
            شكرا لكل من شارك في اجتماع يوم الخميس. قدمت المعارضة تعديلا يخفض تكاليف الطاقة على الشركات الصغيرة.
            ويخشى المدافعون عن البيئة أن يساعد محطات الفحم. فلنتناقش في ذلك معا. يبدو لي أن الأغلبية قد قررت.
            أعطونا الوثائق على الأقل قبل التصويت! جمعت جمعيات المستهلكين آلاف التوقيعات؛ وستسلمها اللجنة غدا.
            لقد حان الوقت. أخيرا يهتم أحد بالأحياء المنسية منذ عقود. سأكتب إلى النائب، وسنطالب بمبدأ المساواة.
            هل تؤيدون هذا المشروع؟ ـ نعم، نؤيده بقوة. المسؤولون والمسؤولات اجتمعوا مع رؤساء الأحزاب.
            """;
    /** Nouns, some ending in the feminine ة. */
    private static final String NOUNS = """
            ضريبة انتخاب مواطن حكومة برلمان وزير مدينة مدرسة اقتصاد سياسة حرية مسؤول رئيس قانون مجلس نائب حزب
            شعب دولة عمل طالب معلم طريق مشروع ميزانية سؤال جواب رأي نقاش مبدأ مساواة عدالة أمن بيئة طاقة صحة
            تعليم مجتمع إصلاح أزمة اتفاق مشكلة منطقة بلدية لجنة موظف شركة جامعة مستشفى حياة شارع بيت كتاب
            قرار اقتراح تصويت معارضة أغلبية أقلية مرشح جمعية وثيقة توقيع حي عقد فرصة خدمة سكن نقل مال
            """;
    /** Nouns with their sound plural in -ون/-ين or -ات. */
    private static final String SOUND_PLURALS = """
            مواطن معلم موظف مسؤول مرشح مستهلك مدافع مشارك مستفيد ناخب
            """;
    /** Verbs as past and present stems. */
    private static final String VERBS = """
            كتب:كتب دفع:دفع رفض:رفض ناقش:ناقش صوت:صوت انتخب:نتخب قرر:قرر وافق:وافق طالب:طالب شارك:شارك
            أكد:ؤكد عارض:عارض دعم:دعم نشر:نشر سأل:سأل عمل:عمل فهم:فهم اقترح:قترح خفض:خفض رفع:رفع أعلن:علن
            حكم:حكم سمح:سمح منع:منع استخدم:ستخدم استثمر:ستثمر ساعد:ساعد اجتمع:جتمع تحدث:تحدث أيد:ؤيد
            """;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // the article and the prepositions before it (و before ال stays: Snowball's rule); the feminine ة
        "الضريبة, ضريب", "والضريبة, والضريب", "بالضريبة, ضريب", "للمدينة, مدين", "الانتخابات, انتخاب",
        // sound plurals and pronouns after a noun
        "مواطنون, مواطن", "المواطنين, مواطن", "ضريبتهم, ضريب", "كتابها, كتاب",
        // verbs: the persons, the future س, object pronouns
        "يدفعون, يدفع", "سيدفعون, يدفع", "دفعوا, دفع", "نويده, نويد", "يستخدمون, استخدم",
        // a final hamza becomes ء; ى becomes ي; digits become 0-9
        "سماء, سماء", "مستشفى, مستشفي", "٢٠١٩, 2019",
        // short words and other scripts are left alone
        "من, من", "في, في", "taxes, taxes"
    })
    void stemsByTheSnowballRules(String word, String stem) {
        assertEquals(stem, ArabicStemmer.stem(word));
    }

    @Test
    void stemsAsSnowballDoesOnThousandsOfFoldedArabicWords() {
        List<String> differ = new ArrayList<>();
        List<String> words = words();
        for (String word : words) {
            String expected = snowball(word);
            String actual = ArabicStemmer.stem(word);
            if (!expected.equals(actual)) {
                differ.add(word + ": " + actual + " (Snowball: " + expected + ")");
            }
        }
        assertTrue(words.size() > 3000, "words compared: " + words.size());
        assertEquals(List.of(), differ);
    }

    /** Shaped forms (presentation forms), lam-alef ligatures, tatweel and Arabic-Indic digits, which folding keeps. */
    @Test
    void normalisesAsSnowballDoes() {
        for (String word : List.of("\uFEE3\uFEAE\uFEB7\uFEA2", "\uFEFB\uFEE3\uFEEA", "\uFEF7\uFEE3\uFEEE\uFEAD",
                "\uFE8D\uFEDF\uFEA4\uFEDC\uFEEE\uFEE3\uFE94", "الضـــريبة", "٢٠٢٤", "\uFE83\uFE80\uFE8B\uFE8F")) {
            assertEquals(snowball(word), ArabicStemmer.stem(word), word);
        }
    }

    /**
     * What folding costs: on the words as written, with their hamza and vowel marks, Snowball's stems
     * and the stems of the folded words differ only on words with a hamza on alef, waw or yeh whose
     * place or letter decided a step (a last {@code أ}, which Snowball makes {@code ء}; {@code سأ-};
     * {@code ئ} taken for the suffix {@code ي}).
     */
    @Test
    void foldingChangesStemsOfWordsWithAHamzaOnly() {
        List<String> differ = new ArrayList<>();
        int compared = 0;
        for (String form : forms()) {
            for (String word : form.split("[^\\p{L}\\p{M}\\p{Nd}]+")) {
                if (!word.isEmpty()) {
                    compared++;
                    if (!snowball(word).equals(ArabicStemmer.stem(Words.fold(word)))) {
                        assertTrue(word.matches(".*[أإآؤئ].*"), word + " has no hamza but stems differently from Snowball");
                        differ.add(word);
                    }
                }
            }
        }
        assertTrue(compared > 3000, "words compared: " + compared);
        assertTrue(differ.size() * 10 < compared, differ.size() + " of " + compared + " differ: " + differ);
    }

    @Test
    void theTaxesFindTax() {
        for (String[] pair : new String[][] {{"الضريبة", "ضريبة"}, {"الانتخابات", "انتخاب"}, {"المواطنين", "مواطنون"},
                {"بالمدينة", "مدينة"}, {"سيدفعون", "يدفعون"}, {"الضَّرِيبَة", "ضريبة"}}) {
            assertEquals(stem(pair[1]), stem(pair[0]), pair[0] + " and " + pair[1]);
        }
    }

    private static String stem(String word) {
        return ArabicStemmer.stem(Words.fold(word));
    }

    private static String snowball(String word) {
        return SnowballWords.stem(new org.tartarus.snowball.ext.ArabicStemmer(), word);
    }

    /** The folded words made from the prose and lists above, each once. */
    static List<String> words() {
        return SnowballWords.folded(forms());
    }

    /** The words of the prose and those made from the lists above, as written. */
    static Set<String> forms() {
        Set<String> out = new LinkedHashSet<>(List.of(PROSE.split("[^\\p{L}\\p{M}]+")));
        out.remove("");
        for (String noun : split(NOUNS)) {
            String bound = noun.endsWith("ة") ? noun.substring(0, noun.length() - 1) + "ت" : noun;
            for (String before : split("- ال وال بال كال لل فال و ف ب ك ل")) {
                out.add(before.replace("-", "") + noun);
            }
            for (String before : split("- و ف ب ل")) {
                for (String after : split("ي ك ه ها هم هن كم نا هما كما")) {
                    out.add(before.replace("-", "") + bound + after);
                }
            }
            if (noun.endsWith("ة")) {
                out.add(noun.substring(0, noun.length() - 1) + "ات");
                out.add("ال" + noun.substring(0, noun.length() - 1) + "ات");
            }
        }
        for (String noun : split(SOUND_PLURALS)) {
            for (String before : split("- ال وال بال لل")) {
                for (String after : split("ون ين ان ة ات")) {
                    out.add(before.replace("-", "") + noun + after);
                }
            }
            out.addAll(List.of(noun + "وه", noun + "يه", noun + "وها", noun + "يها", noun + "وكم", noun + "يهم"));
        }
        for (String verb : split(VERBS)) {
            String past = verb.split(":")[0];
            String present = verb.split(":")[1];
            for (String after : split("- ت نا وا تم تما ا ن تن ه ها هم كم نا ني وه ها ناه تموه")) {
                out.add(past + after.replace("-", ""));
                out.add("و" + past + after.replace("-", ""));
                out.add("ف" + past + after.replace("-", ""));
            }
            for (String before : split("ي ت ن أ سي ست سن سأ وي فت لي")) {
                for (String after : split("- ون ان ين وا ه ها هم كم نا ونه ونها")) {
                    out.add(before + present + after.replace("-", ""));
                }
            }
        }
        return out;
    }

    private static List<String> split(String words) {
        return List.of(words.trim().split("\\s+"));
    }
}

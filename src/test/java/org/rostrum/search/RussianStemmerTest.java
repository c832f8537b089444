package org.rostrum.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Snowball Russian, rule by rule on folded words, and word for word against Lucene's copy of the
 * Snowball stemmer over some thousands of Russian words, made here from lemmas by the regular rules of
 * declension and conjugation (й and ё included), then folded as the index folds them.
 */
class RussianStemmerTest {

    /** Masculine nouns ending in a hard consonant. */
    private static final String NOUNS_M = """
            налог закон город выбор депутат министр народ президент вопрос бюджет суд кандидат голос район
            процент проект доход расход совет парламент референдум завод банк штраф спор мир договор кризис
            сайт музей герой урожай бой счёт полёт самолёт
            """;
    /** Feminine nouns in -а. */
    private static final String NOUNS_A = """
            страна школа больница граница работа реформа система политика экономика война власть? улица
            зарплата пенсия? культура наука природа программа
            """;
    /** Nouns in -ия and -ие. */
    private static final String NOUNS_IA = """
            партия история армия комиссия революция конституция демократия энергия полиция информация
            ситуация организация оппозиция коррупция миграция решение правление мнение значение отношение
            положение управление образование население движение голосование
            """;
    /** Adjectives: hard (-ый, -ой) and after к, г, х (-ий). */
    private static final String ADJECTIVES = """
            новый старый важный главный сильный слабый честный открытый закрытый налоговый бюджетный народный
            государственный местный федеральный социальный национальный региональный тёплый жёлтый
            городской мировой политический экономический русский высокий долгий тихий
            """;
    /** Verbs in -ать, -ять, -ить and -овать. */
    private static final String VERBS = """
            читать решать обсуждать знать делать понимать слушать отвечать предлагать работать играть думать
            менять стрелять гулять объяснять выполнять влиять сохранять изменять исполнять
            говорить строить хвалить звонить хранить ценить
            голосовать требовать действовать существовать финансировать критиковать реформировать
            контролировать участвовать рисковать
            """;
    private static final String OTHERS = """
            и в не на я что он с как это по но они к у же вы за бы по только её мне было вот от меня ещё нет
            о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам
            мой твой свой чайник край строй стройка новейший важнейшая крупнейших россия россии
            """;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // nouns: the longest ending in RV
        "налогов, налог", "налогами, налог", "страны, стран", "партии, парт", "решениями, решен",
        // adjectives, with the й an ending implies put back (-ыи is -ый), and participles after them
        "новыи, нов", "новая, нов", "городскои, городск", "читающий, чита", "голосующих, голос",
        // verbs: after а or я only for the first group; reflexive -ся, -сь first
        "читали, чита", "говорили, говор", "голосуют, голос", "меняться, меня", "решалось, реша",
        // gerunds, -ость in R2, -ейш, нн, ь
        "прочитав, прочита", "сделавшись, сдела", "честность, честност", "новеишии, нов", "власть, власт",
        // short words and other scripts are left alone
        "и, и", "2019, 2019", "tax, tax"
    })
    void stemsByTheSnowballRules(String word, String stem) {
        assertEquals(stem, RussianStemmer.stem(word));
    }

    @Test
    void stemsAsSnowballDoesOnThousandsOfFoldedRussianWordsWithTheLetterЙTheirEndingsImply() {
        List<String> differ = new ArrayList<>();
        List<String> words = words();
        for (String word : words) {
            String expected = snowball(word.replaceAll("([ыоеу]|[шщ]и)и$", "$1й").replaceAll("([ауя])ите$", "$1йте")
                    .replaceFirst("еиш", "ейш"));
            String actual = RussianStemmer.stem(word);
            if (!expected.equals(actual)) {
                differ.add(word + ": " + actual + " (Snowball: " + expected + ")");
            }
        }
        assertTrue(words.size() > 2000, "words compared: " + words.size());
        assertEquals(List.of(), differ);
    }

    /**
     * What folding costs: on the words as written (with й and ё), Snowball's stems (folded) and the
     * stems of the folded words differ only where a й inside the word or in an ending other than those
     * put back decided: few words.
     */
    @Test
    void foldingChangesFewStems() {
        List<String> differ = new ArrayList<>();
        int compared = 0;
        for (String form : forms()) {
            for (String word : form.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (!word.isEmpty()) {
                    compared++;
                    if (!snowball(word).equals(RussianStemmer.stem(Words.fold(word)))) {
                        differ.add(word);
                    }
                }
            }
        }
        assertTrue(differ.size() * 50 < compared, differ.size() + " of " + compared + " differ: " + differ);
    }

    @Test
    void налогиFindsНалог() {
        for (String[] pair : new String[][] {{"налоги", "налог"}, {"налоговая", "налоговый"}, {"выборы", "выбор"},
                {"партиями", "партия"}, {"голосуют", "голосует"}, {"новый", "новая"}, {"самолёты", "самолет"}}) {
            assertEquals(stem(pair[1]), stem(pair[0]), pair[0] + " and " + pair[1]);
        }
    }

    private static String stem(String word) {
        return RussianStemmer.stem(Words.fold(word));
    }

    /** Snowball's stem, folded. */
    private static String snowball(String word) {
        return Words.fold(SnowballWords.stem(new org.tartarus.snowball.ext.RussianStemmer(), word));
    }

    /** The folded words made from the lists above, each once. */
    static List<String> words() {
        return SnowballWords.folded(forms());
    }

    /** The words made from the lists above, as written. */
    static Set<String> forms() {
        Set<String> out = new LinkedHashSet<>();
        for (String noun : SnowballWords.split(NOUNS_M)) {
            boolean soft = noun.endsWith("й");
            String stem = soft ? noun.substring(0, noun.length() - 1) : noun;
            String y = soft || "кгх".indexOf(noun.charAt(noun.length() - 1)) >= 0 ? "и" : "ы";
            for (String e : SnowballWords.split(soft ? "й я ю ем е и ев ям ями ях" : "_ а у ом е _ ов ам ами ах")) {
                out.add(stem + e.replace("_", ""));
            }
            out.add(stem + y);
        }
        for (String noun : SnowballWords.split(NOUNS_A)) {
            String stem = noun.substring(0, noun.length() - 1);
            String y = "кгхшщжч".indexOf(stem.charAt(stem.length() - 1)) >= 0 ? "и" : "ы";
            for (String e : SnowballWords.split("а е у ой ою ам ами ах _")) {
                out.add(stem + e.replace("_", ""));
            }
            out.add(stem + y);
        }
        for (String noun : SnowballWords.split(NOUNS_IA)) {
            String stem = noun.substring(0, noun.length() - 2);
            for (String e : SnowballWords.split(noun.endsWith("ия") ? "ия ии ию ией иею ий иям иями иях"
                    : "ие ия ию ием ии ий иям иями иях")) {
                out.add(stem + e);
            }
        }
        for (String adjective : SnowballWords.split(ADJECTIVES)) {
            String stem = adjective.substring(0, adjective.length() - 2);
            boolean soft = "кгх".indexOf(stem.charAt(stem.length() - 1)) >= 0;
            String y = soft ? "и" : "ы";
            for (String e : SnowballWords.split("_ая ое _е ого ому _м ом ой ую _х _ми ая ей ейший ейшая ейших")) {
                out.add(stem + e.replace("_", y));
            }
            out.add(adjective);
            out.add(stem + "ость");
        }
        for (String verb : SnowballWords.split(VERBS)) {
            String stem = verb.substring(0, verb.length() - 2);
            String endings;
            if (verb.endsWith("овать")) {
                String present = verb.substring(0, verb.length() - 5) + "у";
                for (String e : SnowballWords.split("ю ешь ет ем ете ют й йте я ющий ющая ющих ются")) {
                    out.add(present + e);
                }
                endings = "ть л ла ло ли в вший вшись ться лся лась";
            } else if (verb.endsWith("ить")) {
                endings = "ть ю шь т м те ят л ла ло ли в вший ящий ящая ться лся лась лись";
                stem = verb.substring(0, verb.length() - 3);
                for (String e : SnowballWords.split(endings)) {
                    out.add(stem + (e.startsWith("я") || e.equals("ю") ? "" : "и") + e);
                }
                continue;
            } else {
                endings = "ть ю ешь ет ем ете ют л ла ло ли й йте я в вший вшись ющий ющая ющих емый ться ется"
                        + " ются лся лась лось лись";
            }
            for (String e : SnowballWords.split(endings)) {
                out.add(stem + e);
            }
        }
        out.addAll(SnowballWords.split(OTHERS));
        return out;
    }

}

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
 * Snowball Italian, rule by rule on folded words, and word for word against Lucene's copy of the
 * Snowball stemmer over some thousands of Italian words: the words of a debate written here, and
 * forms made from lemmas by the regular rules of conjugation and agreement (accents included), then
 * folded as the index folds them.
 */
class ItalianStemmerTest {

    /** Debate-like prose, as a site's comments are written. */
    private static final String PROSE = """
            Il consiglio comunale ha discusso a lungo la nuova tassa sui rifiuti. I cittadini chiedono più
            trasparenza: dove finiscono i soldi delle imposte? Secondo l'assessore, le entrate serviranno a
            finanziare la raccolta differenziata e la pulizia delle strade. Molti residenti però non sono
            d'accordo e sostengono che la città spende già troppo per consulenze inutili.
            Io credo che dovremmo abbassare le tasse per le famiglie con figli e aumentarle per chi inquina.
            Non è giusto che paghino sempre gli stessi. La responsabilità è di tutti, non solo dei giovani.
            Le elezioni si avvicinano e i candidati promettono tutto a tutti; nessuno spiega come pagherà le
            promesse. Ho letto il programma del sindaco: parla di sostenibilità, di produttività e di qualità
            della vita, ma non dice una parola sul trasporto pubblico.
            Rispondo al commento precedente: i dati dell'università mostrano che la disoccupazione è calata,
            anche se lentamente. Le statistiche ufficiali sono state pubblicate ieri e confermano la tendenza.
            Sarebbe utile che il governo regionale intervenisse subito, prima che la situazione peggiori.
            Perché nessuno parla degli ospedali? Le liste d'attesa sono lunghissime e i medici lavorano in
            condizioni difficili. Vorrei sapere quanti infermieri verranno assunti l'anno prossimo.
            Abbiamo votato contro la proposta perché avrebbe favorito i grandi costruttori. Votandola, il
            consiglio avrebbe rinunciato alla tutela del paesaggio. Ditemelo chiaramente: chi ci guadagna?
            La libertà di espressione va difesa, ma gli insulti non aiutano il dibattito. Moderate i toni,
            per favore, e restate sul tema. Grazie a chi ha partecipato all'incontro di giovedì sera.
            L'opposizione ha presentato un emendamento che ridurrebbe i costi dell'energia per le imprese
            artigiane. Gli ambientalisti temono che favorisca le centrali a carbone. Discutiamone insieme.
            Mi sembra che la maggioranza abbia già deciso. Dateci almeno i documenti prima della votazione!
            Le associazioni dei consumatori hanno raccolto migliaia di firme; il comitato le consegnerà
            domani. Era ora. Finalmente qualcuno si occupa delle periferie, dimenticate da decenni.
            """;
    /** Verbs in -are; -care and -gare verbs take ch and gh before e and i. */
    private static final String ARE_VERBS = """
            votare parlare pagare lavorare cercare giocare spiegare indicare pubblicare criticare organizzare
            utilizzare realizzare analizzare finanziare tassare aumentare abbassare cambiare
            comprare creare governare presentare rappresentare considerare domandare ascoltare guardare pensare
            mostrare accettare rifiutare sviluppare studiare dimenticare partecipare protestare
            negoziare regolare privatizzare nazionalizzare riformare approvare
            consegnare firmare inquinare preoccupare eliminare limitare tagliare
            """;
    /** Verbs in -ere. */
    private static final String ERE_VERBS = """
            credere vendere temere ripetere ricevere perdere decidere chiedere rispondere prendere scrivere
            leggere vivere correre discutere difendere sostenere ottenere mantenere spendere promettere
            permettere mettere esprimere
            """;
    /** Verbs in -ire, without (dormire) and with -isc- (finire). */
    private static final String IRE_VERBS = """
            dormire partire sentire aprire offrire seguire servire soffrire vestire
            """;
    private static final String ISC_VERBS = """
            finire capire garantire preferire costruire gestire colpire punire pulire favorire proibire unire
            definire chiarire sparire diminuire fornire stabilire suggerire restituire contribuire distribuire
            """;
    /** Nouns: the plural of -o is -i, of -a -e, of -e -i; -ca, -co take h; -ità does not change. */
    private static final String NOUNS = """
            tassa imposta elezione deputato ministro governo parlamento città cittadino cittadina repubblica
            società libertà università sicurezza energia economia ecologia ideologia riforma dibattito opinione
            presidente problema sistema scuola ospedale giornale nazione popolazione educazione amministrazione
            organizzazione immigrazione trattativa regolamento situazione soluzione rivoluzione costituzione
            istituzione contribuzione distribuzione inquinamento decisione televisione socialismo capitalismo
            liberalismo nazionalismo femminismo socialista ecologista giornalista turista movimento sentimento
            pensamento finanziamento speranza fiducia alleanza importanza distanza violenza differenza esperienza
            conferenza presidenza urgenza lavoratore lavoratrice autore attore professore elettore elettrice
            studente abitante qualità quantità attività autorità comunità maggioranza minoranza priorità
            responsabilità possibilità capacità realtà pubblicità nazionalità stabilità mobilità identità
            diversità verità unità crisi salario impiego disoccupazione sciopero sindacato giudice legge diritto
            giustizia carcere polizia crimine vittima bambino bambina famiglia madre padre figlio figlia donna
            uomo gioventù salute malattia medico vaccino clima temperatura bosco albero acqua strada autostrada
            macchina treno stazione aereo nave porto mare spiaggia isola lago fiume regione paese pace guerra
            esercito sondaggio candidato candidata voto voce domanda risposta storia memoria vittoria edificio
            servizio prezzo commercio spazio ministero collegio anno signore signora compagnia montagna banca
            amico nemico parco luogo dialogo catalogo sindaco assessore consiglio comune quartiere periferia
            emendamento comitato consumatore associazione impresa centrale carbone paesaggio costruttore
            """;
    /** Adjectives in -o (-a, -i, -e, -amente); -co, -ca take h before e and i as the nouns do. */
    private static final String ADJECTIVES_O = """
            politico economico pubblico democratico storico pratico tecnico elettrico ecologico nuovo vecchio
            buono cattivo alto basso lungo corto ricco giusto necessario ordinario straordinario famoso pericoloso
            numeroso generoso prezioso religioso attivo positivo negativo decisivo collettivo produttivo
            legislativo esecutivo effettivo definitivo lento rapido chiaro oscuro sicuro certo umano piccolo
            """;
    /** Adjectives in -e, the same in both genders (-i, -mente). */
    private static final String ADJECTIVES_E = """
            grande forte importante interessante sufficiente indipendente differente recente urgente presente
            responsabile durevole capace possibile impossibile felice facile difficile utile inutile sociale
            nazionale regionale federale generale uguale principale locale internazionale liberale comunale
            legale illegale reale naturale comune probabile sostenibile
            """;
    /** Infinitives and gerunds with pronouns, and other words. */
    private static final String OTHERS = """
            farlo dirgli votarla pagarli spiegarmelo parlandone votandola dandogliela mettendoci discutiamone
            ditemelo dateci aumentarle leggerlo scriverle finirla capirlo quando perché come dove già molto dopo
            da durante con senza sotto tra anche sì è sono era erano sarà sarebbe saranno fu furono così più
            però ciò lunedì martedì giovedì
            """;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // plurals and the feminine: a final vowel in RV, and an i before it
        "tasse, tass", "tassa, tass", "cittadini, cittadin", "elezioni, elezion", "ministri, ministr",
        // -azione, -atore with ic before them, -logia, -uzione, -enza in R2
        "organizzazione, organizz", "pubblicazione, pubblic", "ideologia, ideolog", "istituzione, istitu",
        "conferenza, conferent",
        // -amento in RV, -amente in R1 (and iv, os, ic, abil in R2 before it), -mente in R2
        "finanziamento, finanz", "attivamente, attiv", "chiaramente, chiar",
        // -ità in R2, with abil, ic, iv before it; -ivo with at and ic before it
        "responsabilita, respons", "elettricita, elettr", "produttivita, produtt", "verita, ver",
        "legislativo, legisl", "comunicativa, comun",
        // verbs: the longest suffix in RV
        "votavano, vot", "parleremo, parl", "finiscono, fin", "discusso, discuss", "credevano, cred",
        // pronouns after a gerund or an infinitive; qu, and u and i between vowels, are consonants
        "parlandone, parl", "votarlo, vot", "farlo, farl", "votarla, vot", "quieto, quiet", "aiuole, aiuol",
        // the h of -che, -ghi in RV
        "banche, banc", "luoghi, luog",
        // short words and other scripts are left alone
        "a, a", "e, e", "2019, 2019", "οδυσσευσ, οδυσσευσ"
    })
    void stemsByTheSnowballRules(String word, String stem) {
        assertEquals(stem, ItalianStemmer.stem(word));
    }

    @Test
    void stemsAsSnowballDoesOnThousandsOfFoldedItalianWordsWithTheAccentOfItaWhereItDecides() {
        List<String> differ = new ArrayList<>();
        List<String> words = words();
        for (String word : words) {
            // -ità where Snowball takes the whole ending off (it starts in R2), not just its vowel
            String ita = word.replaceAll("ita$", "ità");
            String accented = !ita.equals(word) && snowball(ita).length() < word.length() - 1 ? ita : word;
            String expected = Words.fold(snowball(accented));
            String actual = ItalianStemmer.stem(word);
            if (!expected.equals(actual)) {
                differ.add(word + ": " + actual + " (Snowball: " + expected + ")");
            }
        }
        assertTrue(words.size() > 4000, "words compared: " + words.size());
        assertEquals(List.of(), differ);
    }

    /**
     * What folding costs: on the words as written, with their accents, Snowball's stems (folded) and
     * the stems of the folded words differ only where the accent of the last letter decided: the
     * future and the past of verbs ({@code parlerà}, {@code finirò}, {@code ripeté}: about 6% of the
     * verb forms here) and {@code -ità} before R2 ({@code verità}, {@code qualità}).
     */
    @Test
    void foldingChangesStemsOfWordsWithAnAccentOnTheirLastLetterOnly() {
        List<String> differ = new ArrayList<>();
        int compared = 0;
        for (String form : forms()) {
            for (String word : form.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (word.isEmpty()) {
                    continue;
                }
                compared++;
                if (!Words.fold(snowball(word)).equals(ItalianStemmer.stem(Words.fold(word)))) {
                    differ.add(word);
                }
            }
        }
        assertTrue(compared > 4000, "words compared: " + compared);
        assertEquals(List.of(), differ.stream().filter(w -> !w.matches(".*[àèéìòù]")).toList());
        assertTrue(differ.size() * 15 < compared, differ.size() + " of " + compared + " differ: " + differ);
    }

    @Test
    void tasseFindsTassa() {
        for (String[] pair : new String[][] {{"tasse", "tassa"}, {"elezioni", "elezione"}, {"cittadine", "cittadino"},
                {"responsabilità", "responsabile"}, {"votavamo", "votare"}, {"banche", "banca"}, {"città", "citta"},
                {"pagavano", "pagare"}, {"elettricità", "elettrico"}}) {
            assertEquals(stem(pair[1]), stem(pair[0]), pair[0] + " and " + pair[1]);
        }
    }

    private static String stem(String word) {
        return ItalianStemmer.stem(Words.fold(word));
    }

    private static String snowball(String word) {
        return SnowballWords.stem(new org.tartarus.snowball.ext.ItalianStemmer(), word);
    }

    /** The folded words made from the prose and lists above, each once. */
    static List<String> words() {
        return SnowballWords.folded(forms());
    }

    /** The words of the prose and those made from the lists above, as written. */
    static Set<String> forms() {
        Set<String> out = new LinkedHashSet<>(List.of(PROSE.split("[^\\p{L}]+")));
        out.remove("");
        String common = " o i a iamo ate ano i e iamo iate ino ando ato ata ati ate";
        for (String verb : SnowballWords.split(ARE_VERBS)) {
            String stem = verb.substring(0, verb.length() - 3);
            for (String e : SnowballWords.split("are avo avi ava avamo avate avano ai asti ò ammo aste arono erò erai erà eremo"
                    + " erete eranno erei eresti erebbe eremmo ereste erebbero assi asse assimo assero" + common)) {
                boolean soft = e.startsWith("e") || e.startsWith("i");
                out.add((soft && (stem.endsWith("c") || stem.endsWith("g")) ? stem + "h" : stem)
                        + (stem.endsWith("i") && e.startsWith("i") ? e.substring(1) : e));
            }
        }
        for (String verb : SnowballWords.split(ERE_VERBS)) {
            conjugate(verb, "ere evo evi eva evamo evate evano ei esti é emmo este erono erò erai erà eremo erete"
                    + " eranno erei eresti erebbe eremmo ereste erebbero essi esse essimo essero o i e iamo ete ono a"
                    + " ano endo uto uta uti ute ente enti", out);
        }
        for (String verb : SnowballWords.split(IRE_VERBS)) {
            conjugate(verb, "ire ivo ivi iva ivamo ivate ivano ii isti ì immo iste irono irò irai irà iremo irete"
                    + " iranno irei iresti irebbe iremmo ireste irebbero issi isse issimo issero o i e iamo ite ono a"
                    + " ano endo ito ita iti ite ente enti", out);
        }
        for (String verb : SnowballWords.split(ISC_VERBS)) {
            conjugate(verb, "ire isco isci isce iamo ite iscono isca iscano ivo iva ivano ì irono irò irà iremo"
                    + " iranno irebbe irebbero isse issero endo ito ita iti ite", out);
        }
        for (String noun : SnowballWords.split(NOUNS)) {
            out.add(noun);
            out.add(plural(noun));
        }
        for (String adjective : SnowballWords.split(ADJECTIVES_O)) {
            String base = adjective.substring(0, adjective.length() - 1);
            String hard = base.endsWith("c") || base.endsWith("g") ? base + "h" : base;
            out.addAll(List.of(adjective, base + "a", base + "i", hard + "e", base + "amente", base + "issimo",
                    base + "issima"));
        }
        for (String adjective : SnowballWords.split(ADJECTIVES_E)) {
            String base = adjective.substring(0, adjective.length() - 1);
            out.addAll(List.of(adjective, base + "i", adjective.endsWith("le") ? base.substring(0, base.length() - 1)
                    + "lmente" : base + "emente"));
        }
        out.addAll(SnowballWords.split(OTHERS));
        return out;
    }

    private static void conjugate(String verb, String endings, Set<String> out) {
        String stem = verb.substring(0, verb.length() - 3);
        for (String e : SnowballWords.split(endings)) {
            out.add(stem + e);
        }
    }

    private static String plural(String noun) {
        String base = noun.substring(0, noun.length() - 1);
        return switch (noun.charAt(noun.length() - 1)) {
            case 'o' -> base.endsWith("c") || base.endsWith("g") ? base + "hi" : base.endsWith("i") ? base : base + "i";
            case 'a' -> base.endsWith("ist") || base.endsWith("em") ? base + "i" : base.endsWith("c") || base.endsWith("g")
                    ? base + "he" : base + "e";
            case 'e' -> base + "i";
            default -> noun;
        };
    }

}

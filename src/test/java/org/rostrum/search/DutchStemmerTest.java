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
 * Snowball Dutch, rule by rule on folded words, and word for word against Lucene's copy of the
 * Snowball stemmer over some thousands of Dutch words: the words of a debate written here, and forms
 * made from lemmas by the regular rules of conjugation, plurals, diminutives and comparison
 * (diaereses and accents included), then folded as the index folds them.
 */
class DutchStemmerTest {

    /** Debate-like prose, as a site's comments are written. */
    private static final String PROSE = """
            De gemeenteraad heeft urenlang gediscussieerd over de nieuwe afvalbelasting. De inwoners willen
            meer openheid: waar gaat het geld van de belastingen naartoe? Volgens de wethouder zijn de
            opbrengsten bedoeld voor de recycling en het schoonmaken van de straten. Veel bewoners zijn het
            daar niet mee eens en zeggen dat de stad nu al te veel uitgeeft aan dure adviseurs.
            Ik vind dat we de belastingen voor gezinnen met kinderen moeten verlagen en verhogen voor wie
            vervuilt. Het is niet eerlijk dat steeds dezelfde mensen betalen. De verantwoordelijkheid ligt bij
            iedereen, niet alleen bij de jongeren.
            De verkiezingen komen eraan en de kandidaten beloven iedereen alles; niemand legt uit hoe de
            beloften betaald worden. Ik heb het programma van de burgemeester gelezen: hij spreekt over
            duurzaamheid, productiviteit en de kwaliteit van het leven, maar zegt geen woord over het
            openbaar vervoer.
            Reactie op het vorige commentaar: de cijfers van de universiteit laten zien dat de werkloosheid
            gedaald is, al gaat het langzaam. De officiële statistieken zijn gisteren gepubliceerd en
            bevestigen de trend. Het zou nuttig zijn als de provincie meteen ingrijpt, voordat de situatie
            verslechtert.
            Waarom praat niemand over de ziekenhuizen? De wachtlijsten zijn enorm en de artsen werken onder
            moeilijke omstandigheden. Ik zou graag weten hoeveel verpleegkundigen er volgend jaar worden
            aangenomen.
            Wij hebben tegen het voorstel gestemd, omdat het de grote bouwbedrijven zou bevoordelen. Met
            dat voorstel had de raad afgezien van de bescherming van het landschap. Zeg het maar eerlijk:
            wie verdient eraan?
            De vrijheid van meningsuiting moet verdedigd worden, maar beledigingen helpen het debat niet.
            Matig alstublieft de toon en blijf bij het onderwerp. Dank aan iedereen die donderdagavond aan
            de bijeenkomst heeft deelgenomen.
            De oppositie heeft een amendement ingediend dat de energiekosten voor kleine bedrijven zou
            verlagen. De milieuorganisaties vrezen dat het de kolencentrales bevoordeelt. Laten we het er
            samen over hebben. Het lijkt erop dat de meerderheid al besloten heeft. Geef ons tenminste de
            stukken vóór de stemming!
            De consumentenverenigingen hebben duizenden handtekeningen verzameld; het comité overhandigt ze
            morgen. Het werd tijd. Eindelijk bekommert iemand zich om de wijken die al tientallen jaren
            vergeten zijn. Zijn de ideeën uit België over financiële steun voor café's en musea bruikbaar?
            Ik ben zeer geïnteresseerd in één ding: wie betaalt de coöperatie? Dat is naïef, zegt men.
            """;
    /** Verbs as infinitive, stem and the past ending (de or te, by 't kofschip). */
    private static final String VERBS = """
            stemmen:stem:de betalen:betaal:de werken:werk:te maken:maak:te praten:praat:te leven:leef:de
            wonen:woon:de verlagen:verlaag:de verhogen:verhoog:de besteden:besteed:de verdedigen:verdedig:de
            beloven:beloof:de verdienen:verdien:de vervuilen:vervuil:de bevestigen:bevestig:de
            publiceren:publiceer:de discussiëren:discussieer:de financieren:financier:de regeren:regeer:de
            protesteren:protesteer:de organiseren:organiseer:de investeren:investeer:de controleren:controleer:de
            verzamelen:verzamel:de bevoordelen:bevoordeel:de vrezen:vrees:de reageren:reageer:de
            antwoorden:antwoord:de kiezen:kies:de bouwen:bouw:de duren:duur:de horen:hoor:de spelen:speel:de
            hopen:hoop:te kopen:koop:te stoppen:stop:te zetten:zet:te straffen:straf:te missen:mis:te
            dekken:dek:te wachten:wacht:te plaatsen:plaats:te luisteren:luister:de veranderen:verander:de
            verbeteren:verbeter:de beslissen:beslis:te bedoelen:bedoel:de vertellen:vertel:de delen:deel:de
            steunen:steun:de noemen:noem:de vormen:vorm:de leren:leer:de volgen:volg:de regelen:regel:de
            openen:open:de tekenen:teken:de rekenen:reken:de ontwikkelen:ontwikkel:de behandelen:behandel:de
            vragen:vraag:de zorgen:zorg:de wensen:wens:te wassen:was:te fietsen:fiets:te
            kloppen:klop:te knippen:knip:te lachen:lach:te zoeken:zoek:te
            verwachten:verwacht:te oefenen:oefen:de herhalen:herhaal:de beweren:beweer:de gebruiken:gebruik:te
            ontmoeten:ontmoet:te bereiken:bereik:te verklaren:verklaar:de vergelijken:vergelijk:te
            beschermen:bescherm:de verbieden:verbied:de proberen:probeer:de studeren:studeer:de
            informeren:informeer:de accepteren:accepteer:de subsidiëren:subsidieer:de privatiseren:privatiseer:de
            moderniseren:moderniseer:de stimuleren:stimuleer:de realiseren:realiseer:de analyseren:analyseer:de
            creëren:creëer:de reduceren:reduceer:de verminderen:verminder:de vermeerderen:vermeerder:de
            """;
    /** Nouns as singular and plural. */
    private static final String NOUNS = """
            belasting:belastingen verkiezing:verkiezingen regering:regeringen vergadering:vergaderingen
            gemeente:gemeenten stad:steden burger:burgers inwoner:inwoners wethouder:wethouders
            burgemeester:burgemeesters raad:raden partij:partijen minister:ministers kandidaat:kandidaten
            stem:stemmen debat:debatten voorstel:voorstellen amendement:amendementen wet:wetten
            vrijheid:vrijheden gelijkheid:gelijkheden mogelijkheid:mogelijkheden verantwoordelijkheid:verantwoordelijkheden
            meerderheid:meerderheden minderheid:minderheden gezondheid:gezondheid veiligheid:veiligheid
            universiteit:universiteiten kwaliteit:kwaliteiten activiteit:activiteiten school:scholen
            ziekenhuis:ziekenhuizen huis:huizen straat:straten weg:wegen brug:bruggen auto:auto's
            fiets:fietsen trein:treinen station:stations haven:havens rivier:rivieren dijk:dijken
            boer:boeren arbeider:arbeiders leraar:leraren dokter:dokters verpleegkundige:verpleegkundigen
            kind:kinderen ouder:ouders gezin:gezinnen vrouw:vrouwen man:mannen jongere:jongeren
            bedrijf:bedrijven winkel:winkels markt:markten prijs:prijzen loon:lonen baan:banen
            probleem:problemen systeem:systemen idee:ideeën museum:musea café:cafés euro:euro's
            energie:energieën economie:economieën democratie:democratieën politicus:politici
            rechter:rechters rechtbank:rechtbanken gevangenis:gevangenissen misdaad:misdaden
            oorlog:oorlogen vrede:vrede leger:legers klimaat:klimaten bos:bossen boom:bomen water:wateren
            jaar:jaren maand:maanden week:weken dag:dagen uur:uren vraag:vragen antwoord:antwoorden
            ontwikkeling:ontwikkelingen vereniging:verenigingen bescherming:beschermingen
            maatregel:maatregelen wetgeving:wetgevingen begroting:begrotingen uitgave:uitgaven
            inkomen:inkomens pensioen:pensioenen uitkering:uitkeringen subsidie:subsidies toeslag:toeslagen
            woning:woningen huurder:huurders eigenaar:eigenaren wijk:wijken buurt:buurten dorp:dorpen
            provincie:provincies land:landen grens:grenzen vluchteling:vluchtelingen migrant:migranten
            taal:talen cultuur:culturen kunst:kunsten sport:sporten zaal:zalen kerk:kerken moskee:moskeeën
            geheim:geheimen lid:leden schip:schepen blad:bladen gat:gaten spel:spelen hol:holen
            baby:baby's hobby:hobby's yoga:yoga yacht:yachten royalty:royalty's
            rapport:rapporten onderzoek:onderzoeken resultaat:resultaten oplossing:oplossingen
            beslissing:beslissingen meting:metingen stemming:stemmingen mening:meningen
            """;
    /** Adjectives as base and inflected form. */
    private static final String ADJECTIVES = """
            groot:grote klein:kleine nieuw:nieuwe oud:oude goed:goede slecht:slechte hoog:hoge laag:lage
            sterk:sterke zwak:zwakke rijk:rijke arm:arme eerlijk:eerlijke duidelijk:duidelijke
            mogelijk:mogelijke moeilijk:moeilijke belangrijk:belangrijke gevaarlijk:gevaarlijke
            openbaar:openbare bruikbaar:bruikbare betaalbaar:betaalbare duurzaam:duurzame langzaam:langzame
            nuttig:nuttige vriendelijk:vriendelijke nodig:nodige prettig:prettige machtig:machtige
            politiek:politieke economisch:economische sociaal:sociale nationaal:nationale
            officieel:officiële financieel:financiële populair:populaire modern:moderne snel:snelle
            vrij:vrije blij:blije mooi:mooie nieuwsgierig:nieuwsgierige gelukkig:gelukkige
            zichtbaar:zichtbare haalbaar:haalbare eenzaam:eenzame gezond:gezonde ziek:zieke
            lokaal:lokale regionaal:regionale principieel:principiële ideaal:ideale actief:actieve
            positief:positieve negatief:negatieve dringend:dringende spannend:spannende
            zuinig:zuinige heerlijk:heerlijke vrolijk:vrolijke lelijk:lelijke redelijk:redelijke
            """;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // plurals: -en after a consonant in R1 (not after gem), undoubled; -s after a consonant other than j
        "belastingen, belast", "belasting, belast", "stemmen, stemm", "debatten, debat", "burgers, burger",
        "partijs, partijs", "gemeenten, gemeent",
        // a final e in R1 after a consonant; then -lijk, -baar, -ig, -end, -ing in R2
        "grote, grot", "duidelijke, duidelijk", "betaalbare, betal", "verkiezing, verkiez",
        // -heden becomes -heid in R1; -heid in R2, not after c
        "vrijheden, vrijheid", "mogelijkheid, mogelijk",
        // a double vowel between consonants at the end is undoubled; y after a vowel, i between vowels
        "maken, mak", "jaren, jar", "vragen, vrag", "mooie, mooi", "royaal, royal",
        // short words and other scripts are left alone
        "en, en", "de, de", "2019, 2019", "οδυσσευσ, οδυσσευσ"
    })
    void stemsByTheSnowballRules(String word, String stem) {
        assertEquals(stem, DutchStemmer.stem(word));
    }

    @Test
    void stemsAsSnowballDoesOnThousandsOfFoldedDutchWords() {
        List<String> differ = new ArrayList<>();
        List<String> words = words();
        for (String word : words) {
            String expected = snowball(word);
            String actual = DutchStemmer.stem(word);
            if (!expected.equals(actual)) {
                differ.add(word + ": " + actual + " (Snowball: " + expected + ")");
            }
        }
        assertTrue(words.size() > 2000, "words compared: " + words.size());
        assertEquals(List.of(), differ);
    }

    /**
     * Snowball Dutch takes the diaeresis and the acute accent off first ({@code ideeën},
     * {@code geïnteresseerd}, {@code één}), as folding does: on the words as written, Snowball's stems
     * (folded) and the stems of the folded words are the same.
     */
    @Test
    void foldingChangesNoStem() {
        List<String> differ = new ArrayList<>();
        int accented = 0;
        for (String form : forms()) {
            for (String word : form.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (!word.isEmpty() && !word.equals(Words.fold(word))) {
                    accented++;
                    if (!Words.fold(snowball(word)).equals(DutchStemmer.stem(Words.fold(word)))) {
                        differ.add(word);
                    }
                }
            }
        }
        assertTrue(accented > 20, "accented words compared: " + accented);
        assertEquals(List.of(), differ);
    }

    @Test
    void belastingenFindsBelasting() {
        for (String[] pair : new String[][] {{"belastingen", "belasting"}, {"verkiezingen", "verkiezing"},
                {"geïnteresseerd", "geinteresseerde"}, {"kinderen", "kinder"}, {"stemden", "stemde"}, {"vrijheden", "vrijheid"},
                {"betaalbare", "betaalbaar"}, {"woningen", "woning"}}) {
            assertEquals(stem(pair[1]), stem(pair[0]), pair[0] + " and " + pair[1]);
        }
    }

    private static String stem(String word) {
        return DutchStemmer.stem(Words.fold(word));
    }

    private static String snowball(String word) {
        return SnowballWords.stem(new org.tartarus.snowball.ext.DutchStemmer(), word);
    }

    /** The folded words made from the prose and lists above, each once. */
    static List<String> words() {
        return SnowballWords.folded(forms());
    }

    /** The words of the prose and those made from the lists above, as written. */
    static Set<String> forms() {
        Set<String> out = new LinkedHashSet<>(List.of(PROSE.split("[^\\p{L}]+")));
        out.remove("");
        for (String verb : split(VERBS)) {
            String[] parts = verb.split(":");
            String infinitive = parts[0];
            String stem = parts[1];
            String past = parts[2];
            String participle = (infinitive.matches("(be|ge|ver|ont|her|er).*") ? "" : "ge") + stem
                    + (past.equals("de") ? (stem.endsWith("d") ? "" : "d") : (stem.endsWith("t") ? "" : "t"));
            out.addAll(List.of(infinitive, stem, stem + (stem.endsWith("t") ? "" : "t"), stem + past, stem + past + "n",
                    participle, participle + "e", infinitive + "d", infinitive + "de", infinitive.replaceAll("en$", "ing"),
                    infinitive.replaceAll("en$", "ingen")));
        }
        for (String noun : split(NOUNS)) {
            String[] parts = noun.split(":");
            String singular = parts[0];
            out.addAll(List.of(singular, parts[1], diminutive(singular), diminutive(singular) + "s"));
        }
        for (String adjective : split(ADJECTIVES)) {
            String[] parts = adjective.split(":");
            String base = parts[0];
            String inflected = parts[1];
            String comparative = base.endsWith("r") ? base + "der" : inflected.replaceAll("e$", "") + "er";
            out.addAll(List.of(base, inflected, comparative, comparative + "e", base + "st", base + "ste",
                    base + "heid", inflected + "n"));
        }
        return out;
    }

    /** The diminutive: -tje after a vowel, l, n, r, w; -je after other consonants; -pje after m. */
    private static String diminutive(String noun) {
        char last = noun.charAt(noun.length() - 1);
        return "aeiouéylnrw".indexOf(last) >= 0 ? noun + "tje" : last == 'm' ? noun + "pje" : noun + "je";
    }

    private static List<String> split(String words) {
        return List.of(words.trim().split("\\s+"));
    }
}

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
 * Snowball Portuguese, rule by rule on folded words, and word for word against Lucene's copy of the
 * Snowball stemmer over some thousands of Portuguese words: the words of a debate written here, and
 * forms made from lemmas by the regular rules of conjugation and agreement (accents, tildes and
 * cedillas included), then folded as the index folds them.
 */
class PortugueseStemmerTest {

    /** Debate-like prose, as a site's comments are written. */
    private static final String PROSE = """
            A câmara municipal discutiu durante horas o novo imposto sobre o lixo. Os cidadãos querem mais
            transparência: para onde vai o dinheiro dos impostos? Segundo o vereador, as receitas servirão
            para financiar a reciclagem e a limpeza das ruas. Muitos moradores, porém, não concordam e dizem
            que a cidade já gasta demais com consultorias inúteis.
            Eu acho que deveríamos baixar os impostos das famílias com filhos e aumentá-los para quem polui.
            Não é justo que paguem sempre os mesmos. A responsabilidade é de todos, não só dos jovens.
            As eleições estão chegando e os candidatos prometem tudo a todos; ninguém explica como pagará as
            promessas. Li o programa do prefeito: fala de sustentabilidade, de produtividade e de qualidade
            de vida, mas não diz uma palavra sobre o transporte público.
            Respondo ao comentário anterior: os dados da universidade mostram que o desemprego caiu, embora
            lentamente. As estatísticas oficiais foram publicadas ontem e confirmam a tendência.
            Seria útil que o governo estadual interviesse logo, antes que a situação piore. Por que ninguém
            fala dos hospitais? As filas de espera são enormes e os médicos trabalham em condições difíceis.
            Gostaria de saber quantos enfermeiros serão contratados no próximo ano.
            Votámos contra a proposta porque favoreceria as grandes construtoras. Se a tivéssemos aprovado,
            o conselho teria renunciado à proteção da paisagem. Digam-me claramente: quem ganha com isso?
            A liberdade de expressão deve ser defendida, mas os insultos não ajudam o debate. Moderem o tom,
            por favor, e fiquem no tema. Obrigado a todos que participaram da reunião de quinta-feira.
            A oposição apresentou uma emenda que reduziria os custos da energia para as pequenas empresas.
            Os ambientalistas temem que ela favoreça as centrais a carvão. Discutamos isso juntos.
            Parece-me que a maioria já decidiu. Deem-nos ao menos os documentos antes da votação!
            As associações de consumidores recolheram milhares de assinaturas; a comissão vai entregá-las
            amanhã. Já era tempo. Finalmente alguém se ocupa dos bairros esquecidos há décadas.
            Éramos muitos na praça e falávamos todos ao mesmo tempo; discutíamos a reforma com paixão.
            Se votássemos hoje, a lei passaria. Vocês acreditam mesmo que os portugueses e os alemães
            pensam assim? Os irmãos Silva e as mães do bairro organizaram um abaixo-assinado.
            """;
    /** Verbs in -ar; -car and -gar verbs spell qu and gu before e. */
    private static final String AR_VERBS = """
            votar falar pagar trabalhar procurar explicar indicar publicar criticar organizar utilizar realizar
            analisar garantir? financiar aumentar baixar mudar comprar criar governar apresentar representar
            considerar perguntar escutar olhar pensar mostrar aceitar recusar estudar participar protestar
            negociar regular privatizar nacionalizar reformar aprovar entregar assinar poluir? preocupar
            eliminar limitar cortar chegar ganhar gastar ajudar apoiar anunciar denunciar renunciar preparar
            declarar comparar esperar operar alterar tirar retirar confiar enviar copiar variar
            """;
    /** Verbs in -er. */
    private static final String ER_VERBS = """
            vender temer responder aprender beber correr comer escrever receber perder depender defender
            prometer meter viver? conhecer merecer oferecer parecer favorecer esquecer
            """;
    /** Verbs in -ir. */
    private static final String IR_VERBS = """
            partir decidir discutir permitir dividir existir insistir resistir assistir abrir cumprir unir
            garantir proibir definir distribuir contribuir construir? admitir exigir
            """;
    /** Nouns: a plural in -s, -es, -ões, -ães, -ãos, -is, -ns. */
    private static final String NOUNS = """
            imposto taxa eleição deputado ministro governo parlamento cidade cidadão cidadã república sociedade
            liberdade igualdade universidade segurança energia economia ecologia ideologia reforma debate opinião
            presidente problema sistema escola hospital jornal nação população educação administração
            organização imigração negociação regulação situação solução revolução constituição instituição
            contribuição distribuição poluição decisão televisão socialismo capitalismo liberalismo nacionalismo
            feminismo socialista ecologista jornalista turista crescimento movimento conhecimento sentimento
            pensamento financiamento esperança confiança importância distância violência diferença experiência
            conferência presidência urgência trabalhador trabalhadora autor ator professor eleitor estudante
            habitante qualidade quantidade atividade autoridade comunidade maioria minoria prioridade
            responsabilidade possibilidade capacidade realidade publicidade nacionalidade estabilidade
            mobilidade identidade diversidade crise salário emprego desemprego greve sindicato juiz lei direito
            justiça prisão polícia crime vítima criança família mãe pai filho filha mulher homem juventude saúde
            doença médico vacina clima temperatura floresta árvore água rua estrada carro trem estação avião
            navio porto mar praia ilha lago rio região país paz guerra exército pesquisa candidato candidata
            voto voz pergunta resposta história memória vitória edifício serviço preço negócio comércio espaço
            exercício ministério colégio ano senhor senhora companhia montanha cão pão irmão mão alemão capitão
            cristão órgão bairro vereador prefeito câmara conselho emenda empresa comissão assinatura
            """;
    /** Adjectives in -o (-a, -os, -as, -amente). */
    private static final String ADJECTIVES_O = """
            político económico econômico público democrático histórico prático técnico elétrico ecológico novo
            velho bom? alto baixo longo curto rico justo necessário ordinário extraordinário famoso perigoso
            numeroso generoso precioso religioso ativo positivo negativo decisivo coletivo produtivo legislativo
            executivo efetivo definitivo lento rápido claro escuro seguro certo humano pequeno
            """;
    /** Adjectives the same in both genders (-s, -es or -is, -mente). */
    private static final String ADJECTIVES = """
            grande forte importante interessante suficiente independente diferente recente urgente presente
            responsável durável capaz possível impossível feliz fácil difícil útil inútil social nacional
            regional federal geral igual principal local internacional liberal municipal legal ilegal real
            natural comum provável sustentável inglês português
            """;
    /** Other words. */
    private static final String OTHERS = """
            quando porque como onde já muito depois desde durante com sem sob entre também sim está estão
            estava estávamos havia haviam seria seriam foi foram não são ao aos à às caos
            """;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // plurals and the feminine: residual a, o, os in RV; a final e in RV (and u after g, i after c)
        "impostos, impost", "imposto, impost", "cidades, cidad", "greve, grev", "cidadaos, cidada",
        // -ção, -ões with their tilde and cedilla put back: -ação, -ução in R2, -ões a verb ending
        "organizacao, organiz", "organizacoes, organiz", "solucao, soluca", "evolucao, evolu", "eleicoes, eleico", "eleicao, eleica",
        // -ância, -ência, -ável, -ível with their accent; -idade, -mente, -amente, -iva
        "importancia, import", "experiencia, experient", "responsavel, respons", "possivel, possivel",
        "responsabilidade, respons", "rapidamente, rapid", "legislativas, legisl",
        // verbs: the longest suffix in RV, the accented ones with their accent put back
        "votaremos, vot", "falavamos, fal", "discutiamos, discuti", "deveriamos, dev", "votassemos, vot", "decidirao, decid",
        "pagaria, pag", "negociamos, negoc",
        // -eira: -ira after e becomes -ir
        "bandeira, bandeir",
        // short words and other scripts are left alone
        "a, a", "ao, ao", "2019, 2019", "οδυσσευσ, οδυσσευσ"
    })
    void stemsByTheSnowballRules(String word, String stem) {
        assertEquals(stem, PortugueseStemmer.stem(word));
    }

    @Test
    void stemsAsSnowballDoesOnThousandsOfFoldedPortugueseWordsWithTheAccentsTheirEndingsImply() {
        List<String> differ = new ArrayList<>();
        List<String> words = words();
        for (String word : words) {
            String accented = word;
            for (String[] ending : PortugueseStemmer.ACCENTED) {
                if (word.endsWith(ending[0])) {
                    accented = word.substring(0, word.length() - ending[0].length())
                            + ending[1].replace("a~", "ã").replace("o~", "õ");
                    break;
                }
            }
            String expected = Words.fold(snowball(accented));
            String actual = PortugueseStemmer.stem(word);
            if (!expected.equals(actual)) {
                differ.add(word + ": " + actual + " (Snowball: " + expected + ")");
            }
        }
        assertTrue(words.size() > 4000, "words compared: " + words.size());
        assertEquals(List.of(), differ);
    }

    /**
     * What folding costs: on the words as written, with their accents, Snowball's stems (folded) and
     * the stems of the folded words differ on words with an accent, where one other than those of
     * the endings put back decided, and on the present of verbs in {@code -riar} ({@code variamos},
     * taken for the conditional {@code -ríamos}): the literary {@code -áramos}, {@code -íeis}, the imperfect
     * {@code -íamos} (whose folded ending is also that of {@code apoiamos}), {@code -ária} (also the
     * conditional {@code votaria}), the feminine {@code -ã}, {@code -ém}, {@code -ês}.
     */
    @Test
    void foldingChangesStemsOfAccentedWordsOnly() {
        List<String> differ = new ArrayList<>();
        int compared = 0;
        for (String form : forms()) {
            for (String word : form.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (!word.isEmpty()) {
                    compared++;
                    if (!Words.fold(snowball(word)).equals(PortugueseStemmer.stem(Words.fold(word)))) {
                        assertTrue(!word.equals(Words.fold(word)) || word.endsWith("riamos"),
                                word + " has no accent but stems differently from Snowball");
                        differ.add(word);
                    }
                }
            }
        }
        assertTrue(compared > 4000, "words compared: " + compared);
        assertTrue(differ.size() * 15 < compared, differ.size() + " of " + compared + " differ: " + differ);
    }

    @Test
    void impostosFindsImposto() {
        for (String[] pair : new String[][] {{"impostos", "imposto"}, {"organizações", "organização"},
                {"cidades", "cidade"}, {"votaremos", "votar"}, {"mães", "mãe"},
                {"responsáveis", "responsável"}, {"violências", "violência"}, {"falávamos", "falar"}}) {
            assertEquals(stem(pair[1]), stem(pair[0]), pair[0] + " and " + pair[1]);
        }
    }

    private static String stem(String word) {
        return PortugueseStemmer.stem(Words.fold(word));
    }

    private static String snowball(String word) {
        return SnowballWords.stem(new org.tartarus.snowball.ext.PortugueseStemmer(), word);
    }

    /** The folded words made from the prose and lists above, each once. */
    static List<String> words() {
        return SnowballWords.folded(forms());
    }

    /** The words of the prose and those made from the lists above, as written. */
    static Set<String> forms() {
        Set<String> out = new LinkedHashSet<>(List.of(PROSE.split("[^\\p{L}]+")));
        out.remove("");
        for (String verb : split(AR_VERBS)) {
            String stem = verb.substring(0, verb.length() - 2);
            for (String e : split("ar o as a amos ais am ava avas ávamos áveis avam ei aste ou astes aram ara aras"
                    + " áramos áreis arei arás ará aremos areis arão aria arias aríamos aríeis ariam e es emos eis em"
                    + " asse asses ássemos ásseis assem ares armos ardes arem ado ada ados adas ando ámos")) {
                boolean soft = e.startsWith("e") || e.startsWith("é");
                out.add((soft && stem.endsWith("c") ? stem.substring(0, stem.length() - 1) + "qu"
                        : soft && stem.endsWith("g") ? stem + "u" : stem) + e);
            }
        }
        for (String verb : split(ER_VERBS)) {
            conjugate(verb, "er o es e emos eis em ia ias íamos íeis iam i este eu estes eram era eras éramos éreis"
                    + " erei erás erá eremos ereis erão eria erias eríamos eríeis eriam a as amos ais am esse esses"
                    + " êssemos êsseis essem eres ermos erdes erem ido ida idos idas endo", out);
        }
        for (String verb : split(IR_VERBS)) {
            conjugate(verb, "ir o es e imos is em ia ias íamos íeis iam i iste iu istes iram ira iras íramos íreis"
                    + " irei irás irá iremos ireis irão iria irias iríamos iríeis iriam a as amos ais am isse isses"
                    + " íssemos ísseis issem ires irmos irdes irem ido ida idos idas indo", out);
        }
        for (String noun : split(NOUNS)) {
            out.add(noun);
            out.add(plural(noun));
        }
        for (String adjective : split(ADJECTIVES_O)) {
            String base = adjective.substring(0, adjective.length() - 1);
            out.addAll(List.of(adjective, base + "a", base + "os", base + "as", base + "amente", base + "íssimo"));
        }
        for (String adjective : split(ADJECTIVES)) {
            String plain = Words.fold(adjective);
            out.addAll(List.of(adjective, plural(adjective), (adjective.endsWith("e") ? adjective
                    : adjective.endsWith("vel") ? plain : adjective) + "mente"));
        }
        out.addAll(split(OTHERS));
        return out;
    }

    private static void conjugate(String verb, String endings, Set<String> out) {
        String stem = verb.substring(0, verb.length() - 2);
        for (String e : split(endings)) {
            out.add(stem + e);
        }
    }

    private static String plural(String noun) {
        String[][] rules = {{"ão", noun.matches("(cão|pão|alemão|capitão)") ? "ães" : noun.matches("(cidadão|irmão|mão"
                + "|cristão|órgão)") ? "ãos" : "ões"}, {"vel", "veis"}, {"al", "ais"}, {"el", "éis"}, {"il", noun.matches(".*[áíú].*il") ? "eis" : "is"}, {"ís", "íses"},
            {"ol", "óis"}, {"ul", "uis"}, {"ês", "eses"}, {"m", "ns"}, {"r", "res"}, {"z", "zes"}, {"s", "s"}};
        for (String[] rule : rules) {
            if (noun.endsWith(rule[0])) {
                return noun.substring(0, noun.length() - rule[0].length()) + rule[1];
            }
        }
        return noun + "s";
    }

    private static List<String> split(String words) {
        return List.of(words.replaceAll(" ?[\\p{L}]+\\?", "").trim().split("\\s+"));
    }
}

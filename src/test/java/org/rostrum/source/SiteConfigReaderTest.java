package org.rostrum.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rostrum.model.Site;
import org.rostrum.model.SiteConfig;

class SiteConfigReaderTest {

    @TempDir
    Path temp;

    private MiniSite siteYaml(String text) {
        return new MiniSite(temp).file("site.yaml", text);
    }

    @Test
    void readsEveryField() {
        MiniSite site = siteYaml("""
                title: Debate Archive
                base_url: https://archive.example.org/debates
                description: Questions and answers.
                language: de-CH
                timezone: Europe/Berlin
                publisher: Example Foundation
                per_page: 12
                comments:
                  max_depth: 6
                  per_page: 50
                """);
        SiteConfig config = site.load().config();
        assertEquals(List.of(), site.messages());
        assertEquals(new SiteConfig("Debate Archive", "https://archive.example.org/debates/",
                Optional.of("Questions and answers."), "de-CH", ZoneId.of("Europe/Berlin"),
                Optional.of("Example Foundation"), 12, 6, 50), config);
    }

    @Test
    void readsParamsAsTextNumbersBooleansAndListsInFileOrder() {
        MiniSite site = siteYaml(MiniSite.SITE_YAML + """
                params:
                  accent: "#8a1538"
                  year: 2024
                  ratio: 1.5
                  donate: true
                  menu: [About, Contact]
                  motto: Questions, answered
                  empty:
                """);
        SiteConfig config = site.load().config();
        assertEquals(List.of(), site.messages());
        assertEquals(List.of("accent", "year", "ratio", "donate", "menu", "motto"), List.copyOf(config.params().keySet()));
        assertEquals("#8a1538", config.params().get("accent"));
        assertEquals(2024L, config.params().get("year"));
        assertEquals(new java.math.BigDecimal("1.5"), config.params().get("ratio"));
        assertEquals(true, config.params().get("donate"));
        assertEquals(List.of("About", "Contact"), config.params().get("menu"));
        assertEquals("Questions, answered", config.params().get("motto"));
    }

    @Test
    void rejectsParamsThatAreMappings() {
        MiniSite site = siteYaml(MiniSite.SITE_YAML + """
                params:
                  colours:
                    accent: red
                  links: [{title: About}]
                  kept: yes
                """);
        SiteConfig config = site.load().config();
        assertEquals(List.of(
                "content/site.yaml:5:5: error: field 'params.colours' must be text, a number, true or false, or a list "
                        + "of them, not a mapping",
                "content/site.yaml:6:11: error: field 'params.links' must be text, a number, true or false, or a list "
                        + "of them, not a mapping"), site.messages());
        assertEquals(java.util.Map.of("kept", "yes"), config.params());
    }

    @Test
    void readsALogoAndFindsItInTheContentFolder() {
        MiniSite site = siteYaml(MiniSite.SITE_YAML + "logo: courier.svg\n").file("courier.svg", "<svg/>");
        SiteConfig config = site.load().config();
        assertEquals(List.of(), site.messages(), "no warning about the logo file in the content folder");
        assertEquals("courier.svg", config.logo().orElseThrow().file());
        assertEquals(Optional.of(temp.resolve("content/courier.svg")), config.logo().orElseThrow().inContent());
        assertEquals(3, config.logo().orElseThrow().position().line());
    }

    @Test
    void aLogoNotInTheContentFolderIsLookedForLater() {
        SiteConfig config = siteYaml(MiniSite.SITE_YAML + "logo: brand/courier.png\n").load().config();
        assertEquals(Optional.empty(), config.logo().orElseThrow().inContent());
    }

    @Test
    void rejectsALogoThatIsNotAnImageFileName() {
        MiniSite site = siteYaml(MiniSite.SITE_YAML + "logo: ../logo.svg\n");
        SiteConfig config = site.load().config();
        assertEquals(List.of("content/site.yaml:3:7: error: field 'logo' must be an image file (.svg, .png, .jpg, "
                + ".jpeg, .gif, .webp or .avif) in templates/static/ or directly in the content folder, such as "
                + "logo.svg, not '../logo.svg'"), site.messages());
        assertEquals(Optional.empty(), config.logo());
    }

    @Test
    void usesDefaultsForOptionalFields() {
        SiteConfig config = siteYaml(MiniSite.SITE_YAML).load().config();
        assertEquals(new SiteConfig("Test Archive", "https://example.org/", Optional.empty(), "en", ZoneId.of("UTC"),
                Optional.empty(), 20, 4, 200), config);
    }

    @Test
    void reportsMissingSiteYamlAndStillChecksEverythingElse() {
        MiniSite site = new MiniSite(temp).debate("a", "title: A\ndate: yesterday\n", "Body\n");
        Site loaded = site.load();
        assertEquals(List.of(
                "content/debates/a/index.md:3:7: error: field 'date' must be a date like 2019-01-28 or"
                        + " 2019-01-28T09:30:00+01:00, not 'yesterday'",
                "content/site.yaml:1:1: error: site.yaml is missing: create it with at least 'title' and 'base_url'"),
                site.messages());
        assertEquals(SiteConfigReader.defaults(), loaded.config());
    }

    @Test
    void continuesWithDefaultsWhenSiteYamlIsBroken() {
        MiniSite site = siteYaml("title: [\n").debate("a");
        Site loaded = site.load();
        assertEquals(1, loaded.debates().size());
        assertEquals(SiteConfigReader.defaults(), loaded.config());
        assertEquals(1, site.diagnostics().errorCount());
    }

    @Test
    void requiresTitleAndBaseUrl() {
        MiniSite site = siteYaml("description: x\n");
        site.load();
        assertEquals(List.of(
                "content/site.yaml:1:1: error: missing required field 'base_url'",
                "content/site.yaml:1:1: error: missing required field 'title'"), site.messages());
    }

    @Test
    void rejectsSiteYamlThatIsNotAMapping() {
        MiniSite site = siteYaml("- title: x\n");
        site.load();
        assertEquals(List.of("content/site.yaml:1:1: error: site.yaml must be a mapping of fields, not a list"),
                site.messages());
    }

    @Test
    void rejectsRelativeBaseUrl() {
        MiniSite site = siteYaml("title: T\nbase_url: example.org/debates\n");
        site.load();
        assertEquals(List.of("content/site.yaml:2:11: error: field 'base_url' must be an absolute http or https URL"
                + " such as https://archive.example.org/, not 'example.org/debates'"), site.messages());
    }

    @Test
    void rejectsNonWebBaseUrl() {
        MiniSite site = siteYaml("title: T\nbase_url: ftp://example.org/\n");
        site.load();
        assertEquals(List.of("content/site.yaml:2:11: error: field 'base_url' must be an absolute http or https URL"
                + " such as https://archive.example.org/, not 'ftp://example.org/'"), site.messages());
    }

    @Test
    void rejectsScriptBaseUrl() {
        MiniSite site = siteYaml("title: T\nbase_url: \"javascript:alert(1)//\"\n");
        site.load();
        assertEquals(List.of("content/site.yaml:2:11: error: field 'base_url' must be an absolute http or https URL"
                + " such as https://archive.example.org/, not 'javascript:alert(1)//'"), site.messages());
    }

    @Test
    void rejectsBaseUrlWithUserAndPasswordWithoutRepeatingThem() {
        MiniSite site = siteYaml("title: T\nbase_url: https://editor:s3cret@example.org/\n");
        site.load();
        assertEquals(List.of("content/site.yaml:2:11: error: field 'base_url' must not contain a user name or password"
                + " (user:password@): it would be published on every page"), site.messages());
    }

    @Test
    void rejectsUnknownTimeZoneWithHint() {
        MiniSite site = siteYaml(MiniSite.SITE_YAML + "timezone: Europe/Berln\n");
        site.load();
        assertEquals(List.of("content/site.yaml:3:11: error: field 'timezone' must be an IANA time zone such as"
                + " Europe/Berlin, not 'Europe/Berln' (did you mean 'Europe/Berlin'?)"), site.messages());
    }

    @Test
    void rejectsOffsetAsTimeZone() {
        MiniSite site = siteYaml(MiniSite.SITE_YAML + "timezone: '+01:00'\n");
        site.load();
        assertEquals(List.of("content/site.yaml:3:11: error: field 'timezone' must be an IANA time zone such as"
                + " Europe/Berlin, not '+01:00'"), site.messages());
    }

    @Test
    void rejectsMalformedLanguageTag() {
        MiniSite site = siteYaml(MiniSite.SITE_YAML + "language: en_US\n");
        site.load();
        assertEquals(List.of("content/site.yaml:3:11: error: field 'language' must be a BCP 47 language tag such as"
                + " en or de-CH, not 'en_US'"), site.messages());
    }

    @Test
    void normalisesLanguageTagCase() {
        assertEquals("en-GB", siteYaml(MiniSite.SITE_YAML + "language: EN-gb\n").load().config().language());
    }

    @Test
    void rejectsZeroPerPage() {
        MiniSite site = siteYaml(MiniSite.SITE_YAML + "per_page: 0\n");
        assertEquals(20, site.load().config().perPage());
        assertEquals(List.of("content/site.yaml:3:11: error: field 'per_page' must be a positive whole number, not '0'"),
                site.messages());
    }

    @Test
    void rejectsNonNumericNestedSetting() {
        MiniSite site = siteYaml(MiniSite.SITE_YAML + "comments:\n  max_depth: four\n  per_page: -5\n");
        site.load();
        assertEquals(List.of(
                "content/site.yaml:4:14: error: field 'comments.max_depth' must be a positive whole number, not 'four'",
                "content/site.yaml:5:13: error: field 'comments.per_page' must be a positive whole number, not '-5'"),
                site.messages());
    }

    @Test
    void limitsMaxDepthSoThatDeepThreadsStayWritable() {
        MiniSite site = siteYaml(MiniSite.SITE_YAML + "comments:\n  max_depth: 1000\n");
        assertEquals(SiteConfig.DEFAULT_MAX_DEPTH, site.load().config().commentsMaxDepth());
        assertEquals(List.of("content/site.yaml:4:14: error: field 'comments.max_depth' must be a whole number from 1"
                + " to 100 (deeper replies are drawn at that level), not '1000'"), site.messages());
        MiniSite deepest = siteYaml(MiniSite.SITE_YAML + "comments:\n  max_depth: 100\n");
        assertEquals(100, deepest.load().config().commentsMaxDepth());
    }

    @Test
    void warnsAboutUnknownNestedFieldWithHint() {
        MiniSite site = siteYaml(MiniSite.SITE_YAML + "comments:\n  maxdepth: 3\n");
        site.load();
        assertEquals(List.of("content/site.yaml:4:3: warning: unknown field 'comments.maxdepth'"
                + " (did you mean 'comments.max_depth'?)"), site.messages());
    }

    @Test
    void rejectsCommentsSettingThatIsNotAMapping() {
        MiniSite site = siteYaml(MiniSite.SITE_YAML + "comments: 5\n");
        site.load();
        assertEquals(List.of("content/site.yaml:3:11: error: field 'comments' must be a mapping, not text"),
                site.messages());
    }

    @Test
    void readsDefaultLanguageInFolder() {
        MiniSite site = siteYaml(MiniSite.SITE_YAML + "languages: [de, fr]\ndefault_language_in_folder: true\n");
        SiteConfig config = site.load().config();
        assertEquals(List.of(), site.messages());
        assertEquals(true, config.everyLanguageInFolder());
        MiniSite off = siteYaml(MiniSite.SITE_YAML + "languages: [de, fr]\n");
        assertEquals(false, off.load().config().everyLanguageInFolder());
    }

    @Test
    void rejectsDefaultLanguageInFolderThatIsNoBoolean() {
        MiniSite site = siteYaml(MiniSite.SITE_YAML + "languages: [de, fr]\ndefault_language_in_folder: de\n");
        SiteConfig config = site.load().config();
        assertEquals(List.of("content/site.yaml:4:29: error: field 'default_language_in_folder' must be true or false,"
                + " not 'de'"), site.messages());
        assertEquals(false, config.everyLanguageInFolder());
    }

    @Test
    void warnsOfDefaultLanguageInFolderOnASiteInOneLanguage() {
        MiniSite site = siteYaml(MiniSite.SITE_YAML + "language: de\ndefault_language_in_folder: true\n");
        SiteConfig config = site.load().config();
        assertEquals(List.of("content/site.yaml:4:29: warning: field 'default_language_in_folder' has no effect on a"
                + " site in one language: list two or more 'languages', or remove it"), site.messages());
        assertEquals(false, config.everyLanguageInFolder());
    }

    @Test
    void readsSearchTurnedOff() {
        assertEquals(true, siteYaml(MiniSite.SITE_YAML).load().config().search());
        MiniSite site = siteYaml(MiniSite.SITE_YAML + "search: false\n");
        SiteConfig config = site.load().config();
        assertEquals(List.of(), site.messages());
        assertEquals(false, config.search());
    }

    @Test
    void rejectsSearchThatIsNoBoolean() {
        MiniSite site = siteYaml(MiniSite.SITE_YAML + "search: off\n");
        SiteConfig config = site.load().config();
        assertEquals(List.of("content/site.yaml:3:9: error: field 'search' must be true or false, not 'off'"),
                site.messages());
        assertEquals(true, config.search());
    }
}

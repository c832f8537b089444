package org.rostrum.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rostrum.source.InterfaceStrings;
import org.junit.jupiter.api.io.TempDir;

class RecordModelTest {

    @TempDir
    Path dir;

    /** A view record as templates get them: components, an Optional, a list, a nested record and one method. */
    public record Sample(String title, Optional<String> note, Optional<String> missing, List<Integer> counts,
            Pagination pagination, boolean pinned) {

        public String shout(String suffix) {
            return title.toUpperCase(Locale.ROOT) + suffix;
        }
    }

    private static final Sample SAMPLE = new Sample("Nuclear <power>?", Optional.of("a note"), Optional.empty(),
            List.of(3, 1), new Pagination(2, 3, Optional.of("p1"), Optional.empty(), List.of()), true);

    private String render(String template) throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("t.ftlh"), template);
        TemplateRenderer renderer = new TemplateRenderer(Theme.open(templates), Locale.ROOT, ZoneOffset.UTC,
                new InterfaceStrings().shipped("en"));
        return new String(renderer.render("t.ftlh", SAMPLE), StandardCharsets.UTF_8);
    }

    /** What FreeMarker's own bean model makes of the template, with Optionals shown as before. */
    private static String reference(String template) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setObjectWrapper(new DefaultObjectWrapper(Configuration.VERSION_2_3_34) {
            @Override
            public TemplateModel wrap(Object obj) throws TemplateModelException {
                if (obj instanceof Optional<?> optional) {
                    return optional.isPresent() ? super.wrap(optional.get()) : null;
                }
                return super.wrap(obj);
            }
        });
        try {
            StringWriter out = new StringWriter();
            new Template("t.ftlh", template, cfg).process(SAMPLE, out);
            return out.toString();
        } catch (TemplateException e) {
            return "error at " + e.getLineNumber() + ":" + e.getColumnNumber() + ": "
                    + TemplateRenderer.firstLine(e.getMessageWithoutStackTop());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String fast(String template) throws Exception {
        try {
            return render(template);
        } catch (TemplateFailure e) {
            return "error at " + e.line() + ":" + e.column() + ": " + e.getMessage();
        }
    }

    @Test
    void templatesSeeWhatFreeMarkersBeanModelShows() throws Exception {
        List<String> expressions = List.of("${title}", "${note}", "${missing!'none'}", "<#if missing??>y<#else>n</#if>",
                "${missing}", "${pinned?c}", "<#list counts as c>${c}<#sep>,</#list>", "${counts?size}",
                "${pagination.current}", "${pagination.current()}", "${pagination.previousHref}",
                "${pagination.previousHref()}", "${pagination.nextHref!'last'}", "${pagination.nextHref()!'last'}",
                "<#if pagination.nextHref??>y<#else>n</#if>", "<#if pagination.isPaged()>paged</#if>",
                "${pagination.paged?c}", "${pagination.nope}", "${pagination.nope()}", "${pagination.current(1)}",
                "${pagination.isPaged(1)?c}", "${pagination?has_content?c}", "${pagination?is_hash?c}",
                "${pagination?is_method?c}", "${pagination.pages?size}", "${shout('!')}", "${title()}",
                "${pagination.total?string('0.0')}", "${pagination.current + pagination.total}");
        for (String expression : expressions) {
            String template = "<p>\n  " + expression + "</p>";
            assertEquals(reference(template), fast(template), expression);
        }
    }

    @Test
    void keysAndValuesAreTheBeanModels() throws Exception {
        String template = "<#list pagination?keys?sort as k>${k} </#list>";
        assertEquals(reference(template), fast(template));
        assertTrue(fast(template).contains("previousHref "), fast(template));
    }

    @Test
    void wrapsPublicRecordsOnlyAndDefersToTheBeanModelForTheRest() throws TemplateModelException {
        DefaultObjectWrapper wrapper = new DefaultObjectWrapper(Configuration.VERSION_2_3_34);
        RecordModel.Shape shape = RecordModel.Shape.of(Sample.class);
        assertNotNull(shape);
        assertNull(RecordModel.Shape.of(String.class));
        assertNull(RecordModel.Shape.of(Hidden.class));
        RecordModel model = new RecordModel(SAMPLE, shape, wrapper, o -> {
            try {
                return wrapper.wrap(o);
            } catch (TemplateModelException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals("Nuclear <power>?", ((TemplateScalarModel) model.get("title")).getAsString());
        TemplateModel method = model.get("shout");
        assertNotNull(method, "a method is found through the bean model");
        assertNull(model.get("nope"));
        assertEquals(SAMPLE.toString(), model.getAsString());
        assertInstanceOf(Sample.class, model.getWrappedObject());
    }

    private record Hidden(String title) {
    }
}

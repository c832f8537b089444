package org.rostrum.render;

import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileExtensionMatcher;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import org.rostrum.i18n.Strings;

/**
 * FreeMarker, configured once for a build and shared by all rendering threads.
 *
 * <p>Strict: a missing value, a failing expression or a template that does not parse is an error
 * with the template's position, never an empty string. {@code .ftlh} templates escape every value
 * as HTML and {@code .ftlx} as XML (characters that XML forbids replaced, see {@link LegalXmlFormat}),
 * unless the template marks it {@code ?no_esc}. Templates get view records only; {@link Optional}
 * values appear to them as present or missing ({@code x??}). Every template has the method
 * {@code t}, the site's interface strings ({@link StringsMethod}).
 */
final class TemplateRenderer {

    private final Configuration freemarker;
    private final Theme theme;

    TemplateRenderer(Theme theme, Locale locale, ZoneId zone, Strings strings) {
        this.theme = theme;
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(theme.templateLoader());
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(locale);
        cfg.setTimeZone(TimeZone.getTimeZone(zone));
        cfg.setLocalizedLookup(false);
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setAttemptExceptionReporter((e, env) -> { });
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setObjectWrapper(new ViewWrapper());
        cfg.setSharedVariable("t", new StringsMethod(strings));
        TemplateConfiguration xml = new TemplateConfiguration();
        xml.setOutputFormat(LegalXmlFormat.INSTANCE);
        xml.setRecognizeStandardFileExtensions(false); // it would win over the output format set here
        cfg.setTemplateConfigurations(new ConditionalTemplateConfigurationFactory(new FileExtensionMatcher("ftlx"), xml));
        this.freemarker = cfg;
    }

    /**
     * Renders {@code template} with {@code model} into UTF-8 bytes (a view record whose components become the
     * template's top-level variables).
     *
     * @throws TemplateFailure when the template is missing, does not parse or fails
     */
    byte[] render(String template, Object model) {
        Utf8Buffer out = new Utf8Buffer(64 * 1024);
        try {
            Template t = freemarker.getTemplate(template);
            t.process(model, out);
        } catch (TemplateNotFoundException e) {
            throw new TemplateFailure(theme.describe(template), 1, 1, "template '" + template + "' not found");
        } catch (ParseException e) {
            throw parseFailure(e, template);
        } catch (TemplateException e) {
            // A template that imports or includes one that does not parse fails with the parse
            // error as its cause (or, on later pages, a cause that wraps it): blame that file.
            Optional<ParseException> parse = cause(e, ParseException.class);
            if (parse.isPresent()) {
                throw parseFailure(parse.get(), template);
            }
            String name = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : template;
            int line = e.getLineNumber() != null ? e.getLineNumber() : 1;
            int column = e.getColumnNumber() != null ? e.getColumnNumber() : 1;
            String message = firstLine(e.getMessageWithoutStackTop());
            if (e instanceof InvalidReferenceException missing) {
                String hint = TemplateNames.didYouMean(missing);
                int use = message.indexOf(" (use ??");
                message = hint.isEmpty() || use < 0 ? message + hint : message.substring(0, use) + hint;
            }
            throw new TemplateFailure(theme.describe(name), line, column, message);
        } catch (IOException e) {
            throw new TemplateFailure(theme.describe(template), 1, 1, "cannot read template: " + e.getMessage());
        } catch (SecurityException e) {
            // FreeMarker's file loader refuses a template that links out of the templates folder.
            throw new TemplateFailure(theme.describe(template), 1, 1, "cannot read template: " + e.getMessage());
        }
        return out.toByteArray();
    }

    private TemplateFailure parseFailure(ParseException e, String template) {
        return new TemplateFailure(theme.describe(e.getTemplateName() != null ? e.getTemplateName() : template),
                e.getLineNumber(), e.getColumnNumber(), wholeReason(e.getEditorMessage()));
    }

    /** The first cause of {@code e}, itself included, of the given type. */
    private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return Optional.of(type.cast(c));
            }
        }
        return Optional.empty();
    }

    /** A parse error's whole explanation on one line, without FreeMarker's general tips. */
    static String wholeReason(String message) {
        if (message == null || message.isBlank()) {
            return "template syntax error";
        }
        StringBuilder reason = new StringBuilder();
        for (String line : message.strip().split("\\R")) {
            String l = line.strip();
            if (l.startsWith("Was expecting")) {
                break; // the parser's list of every token it could have taken
            }
            if (l.isEmpty() || l.startsWith("Tip:") || l.startsWith("----")) {
                continue;
            }
            if (reason.length() > 0) {
                reason.append(' ');
            }
            reason.append(l);
        }
        return reason.toString();
    }

    /**
     * FreeMarker's messages run over several lines with tips. Keeps what went wrong: the first line
     * (with the next one and the reason when it ends with a colon) and, where FreeMarker points at an expression ({@code ==> site.nope [in template ...]}), that
     * expression.
     */
    static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "template error";
        }
        String[] lines = message.strip().split("\\R");
        String first = lines[0].strip();
        if (first.endsWith(":") && lines.length > 1 && !lines[1].strip().startsWith("==>")) {
            // "Template inclusion failed (...):" says why on the next lines
            first = first + " " + lines[1].strip();
            for (int i = 2; i < lines.length; i++) {
                if (lines[i].strip().startsWith("Reason given:")) {
                    first = first + " " + lines[i].strip();
                    break;
                }
            }
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("==>")) {
                String expression = line.substring(3).strip();
                int in = expression.indexOf("  [in template");
                expression = (in >= 0 ? expression.substring(0, in) : expression).strip();
                if (first.startsWith("The following has evaluated to null or missing")) {
                    return "'" + expression + "' is null or missing (use ?? or ! in the template when it may be absent)";
                }
                return first + " " + expression;
            }
        }
        return first;
    }

    /**
     * Shows {@link Optional} values to templates as the value itself, or as missing when empty, and
     * public records through a {@link RecordModel}.
     */
    private static final class ViewWrapper extends DefaultObjectWrapper {
        /*
         * The shape of each record class, looked up for every record a template reads (each comment's
         * view and dates). A map rather than a ClassValue: under the quick compiler ClassValue.get
         * often missed its per-class cache and took its slow path.
         */
        private final Map<Class<?>, Optional<RecordModel.Shape>> shapes = new ConcurrentHashMap<>();

        ViewWrapper() {
            super(Configuration.VERSION_2_3_34);
        }

        @Override
        public TemplateModel wrap(Object obj) throws TemplateModelException {
            if (obj instanceof Optional<?> optional) {
                return optional.isPresent() ? wrap(optional.get()) : null;
            }
            if (obj instanceof Record) {
                Optional<RecordModel.Shape> shape = shapes.get(obj.getClass());
                if (shape == null) {
                    shape = shapes.computeIfAbsent(obj.getClass(), type -> Optional.ofNullable(RecordModel.Shape.of(type)));
                }
                if (shape.isPresent()) {
                    return new RecordModel(obj, shape.get(), this, this::beanModel);
                }
            }
            return super.wrap(obj);
        }

        private TemplateModel beanModel(Object obj) {
            try {
                return super.wrap(obj);
            } catch (TemplateModelException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}

package org.rostrum.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.UnaryOperator;
import org.rostrum.diag.Hints;
import org.rostrum.i18n.Strings;

/**
 * The template method {@code t}: an interface string of the site's language.
 *
 * <pre>{@code
 * ${t("nav.topics")}                      Topics
 * ${t("comments.count", 3)}               3 comments  (a plural key takes the count first)
 * ${t("thread.part", 1, 50, 120, 1, 3)}   Threads 1–50 of 120, part 1 of 3.
 * <#assign who><a href="#c1">${name}</a></#assign>${t("comment.replied.to", who)}
 * }</pre>
 *
 * Arguments fill the placeholders in the order of the English text (see {@code docs/languages.md}).
 * The result is text, escaped like any value; when an argument is markup (a captured
 * {@code <#assign>} in an HTML template), the result is HTML: the table's text escaped, the markup
 * kept. An unknown key or a wrong number of arguments fails the template at the call.
 */
final class StringsMethod implements TemplateMethodModelEx {

    private final Strings strings;

    StringsMethod(Strings strings) {
        this.strings = strings;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty() || !(arguments.get(0) instanceof TemplateScalarModel keyModel)) {
            throw new TemplateModelException("t needs a string key first, such as t(\"nav.topics\")");
        }
        String key = keyModel.getAsString();
        try {
            int first = 1;
            Long count = null;
            if (strings.isPlural(key)) {
                if (arguments.size() < 2 || !(arguments.get(1) instanceof TemplateNumberModel n)) {
                    throw new TemplateModelException("'" + key + "' takes " + strings.signature(key));
                }
                count = n.getAsNumber().longValue();
                first = 2;
            }
            boolean markup = false;
            List<String> args = new ArrayList<>();
            for (int i = first; i < arguments.size(); i++) {
                Object arg = arguments.get(i);
                if (arg instanceof TemplateHTMLOutputModel html) {
                    markup = true;
                    args.add(HTMLOutputFormat.INSTANCE.getMarkupString(html));
                } else if (arg instanceof TemplateMarkupOutputModel<?>) {
                    throw new TemplateModelException("argument " + i + " of t(\"" + key + "\") is markup of another format");
                } else if (arg instanceof TemplateNumberModel n) {
                    args.add(strings.number(n.getAsNumber().longValue()));
                } else if (arg instanceof TemplateScalarModel s) {
                    args.add(s.getAsString());
                } else {
                    throw new TemplateModelException("argument " + i + " of t(\"" + key + "\") must be text or a number");
                }
            }
            if (!markup) {
                return strings.render(key, count, args, UnaryOperator.identity());
            }
            List<String> escaped = new ArrayList<>();
            for (int i = first; i < arguments.size(); i++) {
                Object arg = arguments.get(i);
                String a = args.get(i - first);
                escaped.add(arg instanceof TemplateHTMLOutputModel ? a : HTMLOutputFormat.INSTANCE.escapePlainText(a));
            }
            return HTMLOutputFormat.INSTANCE.fromMarkup(strings.render(key, count, escaped,
                    HTMLOutputFormat.INSTANCE::escapePlainText));
        } catch (NoSuchElementException | IllegalArgumentException e) {
            throw new TemplateModelException(e.getMessage()
                    + (e instanceof NoSuchElementException ? Hints.didYouMean(key, strings.keys()) : ""));
        }
    }
}

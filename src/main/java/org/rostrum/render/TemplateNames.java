package org.rostrum.render;

import freemarker.core.Environment;
import freemarker.core.InvalidReferenceException;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelIterator;
import freemarker.template.TemplateScalarModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.rostrum.diag.Hints;

/**
 * Suggests the name a template meant when it names a field or variable that does not exist:
 * {@code debate.titel} gets {@code (did you mean 'title'?)}, from the fields of the record that
 * {@code debate} is at that point of the template.
 */
final class TemplateNames {

    /** A plain dotted name, the only kind of expression that is looked up here. */
    private static final Pattern DOTTED = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    private TemplateNames() {
    }

    /** {@code " (did you mean 'x'?)"}, or empty when nothing close exists or the expression is not a name. */
    static String didYouMean(InvalidReferenceException e) {
        String expression = e.getBlamedExpressionString();
        Environment env = e.getEnvironment();
        if (expression == null || env == null || !DOTTED.matcher(expression).matches()) {
            return "";
        }
        try {
            int dot = expression.lastIndexOf('.');
            if (dot < 0) {
                Set<String> known = env.getKnownVariableNames();
                List<String> names = new ArrayList<>(known);
                names.addAll(keys(env.getDataModel()));
                names.removeIf(expression::equals); // known to the template, but null at this point
                return Hints.didYouMean(expression, names);
            }
            TemplateModel owner = lookUp(env, expression.substring(0, dot));
            List<String> fields = keys(owner);
            fields.removeIf(expression.substring(dot + 1)::equals);
            return Hints.didYouMean(expression.substring(dot + 1), fields);
        } catch (TemplateModelException lookupFailed) {
            return "";
        }
    }

    private static TemplateModel lookUp(Environment env, String dotted) throws TemplateModelException {
        String[] parts = dotted.split("\\.");
        TemplateModel model = env.getVariable(parts[0]);
        for (int i = 1; i < parts.length && model != null; i++) {
            model = model instanceof TemplateHashModel hash ? hash.get(parts[i]) : null;
        }
        return model;
    }

    private static List<String> keys(TemplateModel model) throws TemplateModelException {
        List<String> keys = new ArrayList<>();
        if (model instanceof TemplateHashModelEx hash) {
            for (TemplateModelIterator it = hash.keys().iterator(); it.hasNext();) {
                if (it.next() instanceof TemplateScalarModel key) {
                    keys.add(key.getAsString());
                }
            }
        }
        return keys;
    }
}

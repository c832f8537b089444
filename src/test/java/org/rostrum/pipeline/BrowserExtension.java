package org.rostrum.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The browser fixture as a JUnit extension. A class with {@code @ExtendWith(BrowserExtension.class)}
 * and {@code @TestInstance(PER_CLASS)} takes, as parameters of its {@code @BeforeAll} method, the
 * {@link BrowserSite} (the example archive on nginx with a Chromium to open it), or
 * {@link Browser.Tools} and a {@link Browser} of its own for a site it builds itself. Each is made
 * once per class and closed after its last test; before each test the browser is back to a
 * 1280 × 900 screen in the light scheme.
 *
 * <p>The class is skipped, with the reason, when chromium, chromedriver or nginx is missing; under
 * CI ({@code CI=true}) it fails instead, so that CI cannot pass without having run the browser tests
 * ({@code .ci/run} installs them).
 */
final class BrowserExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);
    private static final Set<Class<?>> PROVIDED = Set.of(BrowserSite.class, Browser.class, Browser.Tools.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        List<String> missing = new ArrayList<>();
        Optional<Browser.Tools> tools = Browser.findTools(missing);
        BrowserSite.require(tools.isPresent(), "browser tests skipped: missing " + String.join(", ", missing));
        context.getStore(NAMESPACE).put(Browser.Tools.class, tools.get());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return PROVIDED.contains(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        Browser.Tools tools = store.get(Browser.Tools.class, Browser.Tools.class);
        Class<?> type = parameter.getParameter().getType();
        if (type == Browser.Tools.class) {
            return tools;
        }
        if (type == BrowserSite.class) {
            return store.getOrComputeIfAbsent(BrowserSite.class, key -> start(() -> BrowserSite.start(tools)),
                    BrowserSite.class);
        }
        return store.getOrComputeIfAbsent(Browser.class, key -> start(() -> Browser.start(tools)), Browser.class);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        BrowserSite site = store.get(BrowserSite.class, BrowserSite.class);
        if (site != null) {
            site.browser.reset();
        }
        Browser browser = store.get(Browser.class, Browser.class);
        if (browser != null) {
            browser.reset();
        }
    }

    private interface Start<T> {
        T start() throws Exception;
    }

    private static <T> T start(Start<T> start) {
        try {
            return start.start();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the browser fixture did not start: " + e, e);
        }
    }
}

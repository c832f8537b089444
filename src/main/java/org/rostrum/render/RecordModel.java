package org.rostrum.render;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A view record as FreeMarker sees it: its components are read through method handles, as
 * {@code x.title} and as {@code x.title()}. Everything else (other methods such as
 * {@code isPaged()}, {@code ?keys}, a misspelt name and its error message) is answered by the
 * bean model FreeMarker would have used, so templates see no difference.
 *
 * <p>A page reads tens of thousands of fields; FreeMarker's bean model finds each one through its
 * class introspection cache and calls it by reflection with an access check, which took about a
 * tenth of a clean build.
 */
final class RecordModel implements TemplateHashModelEx, MethodCallAwareTemplateHashModel, TemplateScalarModel,
        AdapterTemplateModel, WrapperTemplateModel {

    /** How to read the components of one record class. */
    static final class Shape {
        private final Map<String, MethodHandle> components;

        private Shape(Map<String, MethodHandle> components) {
            this.components = components;
        }

        /** The shape of a public record class, or {@code null} when its components cannot be read this way. */
        static Shape of(Class<?> type) {
            if (!type.isRecord() || !Modifier.isPublic(type.getModifiers())) {
                return null;
            }
            Map<String, MethodHandle> components = new HashMap<>();
            MethodType getter = MethodType.methodType(Object.class, Object.class);
            try {
                for (RecordComponent component : type.getRecordComponents()) {
                    MethodHandle handle = MethodHandles.publicLookup().unreflect(component.getAccessor());
                    components.put(component.getName(), handle.asType(getter));
                }
            } catch (IllegalAccessException e) {
                return null;
            }
            return new Shape(Map.copyOf(components));
        }
    }

    private final Object record;
    private final Shape shape;
    private final ObjectWrapper wrapper;
    private final Function<Object, TemplateModel> beanModels;
    private TemplateHashModelEx bean;

    /**
     * @param beanModels FreeMarker's own model of an object, asked for anything that is not a
     *     component (it must return a hash for a record, as the bean wrapper does)
     */
    RecordModel(Object record, Shape shape, ObjectWrapper wrapper, Function<Object, TemplateModel> beanModels) {
        this.record = record;
        this.shape = shape;
        this.wrapper = wrapper;
        this.beanModels = beanModels;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        MethodHandle component = shape.components.get(key);
        return component != null ? read(component) : bean().get(key);
    }

    @Override
    public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException, ShouldNotBeGetAsMethodException {
        MethodHandle component = shape.components.get(key);
        if (component == null) {
            TemplateHashModel model = bean();
            return model instanceof MethodCallAwareTemplateHashModel aware ? aware.getBeforeMethodCall(key) : model.get(key);
        }
        return (TemplateMethodModelEx) arguments -> {
            if (arguments.isEmpty()) {
                return read(component);
            }
            // a call with arguments fails with the bean model's own message
            TemplateModel method;
            try {
                method = ((MethodCallAwareTemplateHashModel) bean()).getBeforeMethodCall(key);
            } catch (ShouldNotBeGetAsMethodException e) {
                throw new TemplateModelException(e.getMessage());
            }
            return ((TemplateMethodModelEx) method).exec(arguments);
        };
    }

    private TemplateModel read(MethodHandle component) throws TemplateModelException {
        Object value;
        try {
            value = (Object) component.invokeExact(record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new TemplateModelException(e);
        }
        return wrapper.wrap(value);
    }

    private TemplateHashModelEx bean() throws TemplateModelException {
        if (bean == null) {
            TemplateModel model = beanModels.apply(record);
            if (!(model instanceof TemplateHashModelEx hash)) {
                throw new TemplateModelException("no bean model for " + record.getClass().getName());
            }
            bean = hash;
        }
        return bean;
    }

    @Override
    public int size() throws TemplateModelException {
        return bean().size();
    }

    @Override
    public TemplateCollectionModel keys() throws TemplateModelException {
        return bean().keys();
    }

    @Override
    public TemplateCollectionModel values() throws TemplateModelException {
        return bean().values();
    }

    @Override
    public boolean isEmpty() {
        return false; // as the bean model says of any record
    }

    @Override
    public String getAsString() {
        return record.toString();
    }

    @Override
    public Object getAdaptedObject(Class<?> hint) {
        return record;
    }

    @Override
    public Object getWrappedObject() {
        return record;
    }
}

package org.maturityadvisor.json;

import org.maturityadvisor.wire.WireId;

import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every enum that crosses a seam travels as its stable {@link WireId} ({@code formula-cell}, {@code below-target},
 * {@code absent}, {@code small}), never as its Java name: read and written so by every mapper that carries them (the
 * service's, as a bean; the CLI's; a stored draft report's; the scenarios'). An id that is not one of the enum's is
 * refused, never defaulted. The enums stay free of JSON types: this module finds them by their interface, so it
 * depends on none of their packages.
 */
public final class WireJson {

    /** Writes and reads every {@link WireId} enum as its id. */
    public static final JacksonModule MODULE = new SimpleModule("wire-ids") {
        @Override
        public void setupModule(SetupContext context) {
            super.setupModule(context);
            context.insertAnnotationIntrospector(new ById());
        }
    };

    private WireJson() {
    }

    public static JsonMapper.Builder with(JsonMapper.Builder builder) {
        return builder.addModule(MODULE);
    }

    /** An enum's names, for writing and reading alike, are its values' ids when it is a {@link WireId}. */
    private static final class ById extends NopAnnotationIntrospector {

        @Override
        public String[] findEnumValues(MapperConfig<?> config, AnnotatedClass type, Enum<?>[] values,
                                       String[] names) {
            if (WireId.class.isAssignableFrom(type.getRawType())) {
                for (int i = 0; i < values.length; i++) {
                    names[i] = ((WireId) values[i]).id();
                }
            }
            return names;
        }
    }
}

package org.maturityadvisor.web;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maturityadvisor.assessment.AssessmentSummary;
import org.maturityadvisor.lifecycle.DraftReport;
import org.maturityadvisor.report.CatalogViews;
import org.maturityadvisor.simulation.ImpactResult;
import org.maturityadvisor.teams.FourEyes;
import org.maturityadvisor.teams.PortfolioTeamsView;
import org.maturityadvisor.teams.PortfolioView;
import org.maturityadvisor.wire.WireId;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JavaType;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Two things the schema generator cannot know from the classes alone, so the document says what the wire carries:
 * an enum that travels as its {@link WireId} ({@code below-target}, {@code viewer}), never its Java name; and a
 * distinct name for each type whose simple name another API type has ({@code PortfolioView.LevelView} and
 * {@code CatalogViews.LevelView} would otherwise share one schema, and one of them would be described wrongly).
 * {@code OpenApiContractTest} fails on a new clash, naming both types.
 */
@Component
class ApiSchemaTypes implements ModelConverter {

    /** The types whose simple name clashes with another API type's, and the schema name each gets instead. */
    static final Map<Class<?>, String> NAMES = Map.ofEntries(
            Map.entry(PortfolioView.LevelView.class, "PortfolioLevel"),
            Map.entry(org.maturityadvisor.teams.GroupOverview.Step.class, "GroupPathStep"),
            Map.entry(org.maturityadvisor.teams.RollUp.Gap.class, "RollUpGap"),
            Map.entry(PortfolioView.ModelView.class, "PortfolioModel"),
            Map.entry(CatalogViews.LevelView.class, "CatalogLevel"),
            Map.entry(CatalogViews.ModelView.class, "CatalogModel"),
            Map.entry(FourEyes.Confirmed.class, "ConfirmedAnswer"),
            Map.entry(ConfirmationController.Confirmed.class, "Confirmation"),
            Map.entry(AssessmentSummary.Target.class, "SummaryTarget"),
            Map.entry(PortfolioTeamsView.Target.class, "TeamTarget"),
            Map.entry(ImpactResult.Impact.class, "Impact"),
            Map.entry(DraftReport.Impact.class, "DraftImpact"),
            Map.entry(DraftReport.Change.class, "TeamImpact"),
            Map.entry(org.maturityadvisor.scan.DetectorDiff.Change.class, "DetectorChange"),
            Map.entry(ObservationController.AssessmentSummary.class, "ObservedAssessment"));


    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Class<?> raw = raw(type);
        Schema<?> schema;
        if (raw != null && raw.isEnum() && WireId.class.isAssignableFrom(raw)) {
            Schema<Object> ids = new Schema<>().type("string").types(new LinkedHashSet<>(Set.of("string")));
            for (Object constant : raw.getEnumConstants()) {
                ids.addEnumItemObject(((WireId) constant).id());
            }
            schema = ids;
        } else {
            if (raw != null && NAMES.containsKey(raw) && type.getName() == null) {
                type.name(NAMES.get(raw));
            }
            schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        }
        return type.isSchemaProperty() && raw != null && !raw.isPrimitive() ? nullable(schema) : schema;
    }

    /**
     * A member of a reference type may be null, and the service writes it as null (it never leaves members out), so
     * the document says so: OpenAPI 3.1 adds "null" to the types (and to an enum), or a component is anyOf it and null.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> nullable(Schema schema) {
        if (schema == null) {
            return null;
        }
        if (schema.get$ref() != null) {
            return new Schema<>().anyOf(List.of(new Schema<>().$ref(schema.get$ref()),
                    new Schema<>().types(new LinkedHashSet<>(Set.of("null")))));
        }
        if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
            Set<String> types = new LinkedHashSet<>(schema.getTypes());
            types.add("null");
            schema.types(types);
            if (schema.getEnum() != null && !schema.getEnum().contains(null)) {
                schema.getEnum().add(null);
            }
        }
        return schema;
    }

    private static Class<?> raw(AnnotatedType type) {
        if (type.getType() == null) {
            return null;
        }
        JavaType javaType = type.getType() instanceof JavaType known ? known
                : Json.mapper().getTypeFactory().constructType(type.getType());
        return javaType.getRawClass();
    }
}

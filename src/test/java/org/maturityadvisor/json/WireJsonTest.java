package org.maturityadvisor.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.maturityadvisor.assessment.CriterionStatus;
import org.maturityadvisor.assessment.TargetStatus;
import org.maturityadvisor.catalog.PracticeType;
import org.maturityadvisor.definition.Effort;
import org.maturityadvisor.definition.FindingKind;
import org.maturityadvisor.definition.ModelKind;
import org.maturityadvisor.definition.SectionRole;
import org.maturityadvisor.store.AuditAction;
import org.maturityadvisor.store.VersionOrigin;
import org.maturityadvisor.store.VersionState;
import org.maturityadvisor.teams.ImportReport;
import org.maturityadvisor.teams.ImportState;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class WireJsonTest {

    private static final JsonMapper JSON = WireJson.with(JsonMapper.builder()).build();

    static Stream<Arguments> everyWireValue() {
        return Stream.of(
                Arrays.stream(CriterionStatus.values()).map(v -> Arguments.of(v, v.id())),
                Arrays.stream(Effort.values()).map(v -> Arguments.of(v, v.id())),
                Arrays.stream(ModelKind.values()).map(v -> Arguments.of(v, v.id())),
                Arrays.stream(SectionRole.values()).map(v -> Arguments.of(v, v.id())),
                Arrays.stream(PracticeType.values()).map(v -> Arguments.of(v, v.id())),
                Arrays.stream(TargetStatus.values()).map(v -> Arguments.of(v, v.id())),
                Arrays.stream(FindingKind.values()).map(v -> Arguments.of(v, v.id())),
                Arrays.stream(AuditAction.values()).map(v -> Arguments.of(v, v.id())),
                Arrays.stream(VersionState.values()).map(v -> Arguments.of(v, v.id())),
                Arrays.stream(VersionOrigin.values()).map(v -> Arguments.of(v, v.id())),
                Arrays.stream(ImportState.values()).map(v -> Arguments.of(v, v.id())),
                Arrays.stream(ImportReport.ImportedRow.TeamStatus.values()).map(v -> Arguments.of(v, v.id())))
                .flatMap(s -> s);
    }

    @ParameterizedTest
    @MethodSource("everyWireValue")
    void eachEnumTravelsAsItsLowerCaseIdAndIsReadBack(Enum<?> value, String id) {
        assertThat(id).matches("[a-z][a-z-]*");
        assertThat(JSON.writeValueAsString(value)).isEqualTo('"' + id + '"');
        assertThat(JSON.readValue('"' + id + '"', value.getDeclaringClass())).isSameAs(value);
    }

    @ParameterizedTest
    @MethodSource("everyWireValue")
    void theJavaNameIsNotAWireValue(Enum<?> value, String id) {
        if (!value.name().equals(id)) {
            assertThatThrownBy(() -> JSON.readValue('"' + value.name() + '"', value.getDeclaringClass()))
                    .isInstanceOf(JacksonException.class);
        }
    }

    @ParameterizedTest
    @MethodSource("everyWireValue")
    void anUnknownIdIsRefusedNotDefaulted(Enum<?> value, String id) {
        assertThatThrownBy(() -> JSON.readValue("\"no-such-" + id + "\"", value.getDeclaringClass()))
                .isInstanceOf(JacksonException.class);
    }
}

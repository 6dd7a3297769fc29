package org.maturityadvisor.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A cell the checks accept always fits the column that stores it: the limits are read off the migrations. */
class TableColumnLimitsTest {

    /** Criterion ids are stored joined in assessment_level.blockers (V4), a varchar of a million characters. */
    static Stream<Arguments> storedColumns() {
        return Stream.of(
                Arguments.of(TableColumn.MODEL_ID, "assessment_level", "model"),
                Arguments.of(TableColumn.LEVEL_NAME, "assessment_level", "level_name"));
    }

    @ParameterizedTest(name = "{0} fits {1}.{2}")
    @MethodSource("storedColumns")
    void aCellTheChecksAcceptFitsItsStorageColumn(TableColumn column, String table, String name) throws IOException {
        assertThat(column.maxLength()).isLessThanOrEqualTo(varcharSize(table, name));
    }

    private static int varcharSize(String table, String column) throws IOException {
        StringBuilder sql = new StringBuilder();
        try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path migration : migrations.sorted().toList()) {
                sql.append(Files.readString(migration)).append('\n');
            }
        }
        Matcher create = Pattern.compile("create table " + table + " \\((.*?)\\n\\);", Pattern.DOTALL).matcher(sql);
        assertThat(create.find()).as("table %s in the migrations", table).isTrue();
        Matcher size = Pattern.compile("\\n\\s*" + column + "\\s+varchar\\((\\d+)\\)").matcher(create.group(1));
        assertThat(size.find()).as("column %s.%s", table, column).isTrue();
        return Integer.parseInt(size.group(1));
    }
}

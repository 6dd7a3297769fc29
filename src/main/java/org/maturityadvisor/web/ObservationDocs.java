package org.maturityadvisor.web;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;

/**
 * The one body of {@code POST /api/teams/{id}/observations} in every form it takes: springdoc documents the three
 * handlers (JSON, a raw archive, a multipart form) as one operation, and would keep the body of one of them only.
 */
@Configuration
class ObservationDocs {

    /** The multipart form, named so that a generated client has a model for it. */
    private static final String ARCHIVE_UPLOAD = "ArchiveUpload";

    @Bean
    OpenApiCustomizer observationBodies() {
        return openApi -> {
            PathItem item = openApi.getPaths() == null ? null : openApi.getPaths().get(ObservationController.PATH);
            if (item == null || item.getPost() == null) {
                return;
            }
            if (openApi.getComponents() == null) {
                openApi.components(new io.swagger.v3.oas.models.Components());
            }
            io.swagger.v3.core.converter.ModelConverters.getInstance().readAll(ObservationController.PushedReportDoc.class)
                    .forEach(openApi.getComponents()::addSchemas);
            Content content = new Content()
                    .addMediaType("application/json", new MediaType().schema(new Schema<>()
                            .$ref("#/components/schemas/PushedScanReport")))
                    .addMediaType("multipart/form-data", new MediaType().schema(new Schema<>()
                            .$ref("#/components/schemas/" + ARCHIVE_UPLOAD)));
            openApi.getComponents().addSchemas(ARCHIVE_UPLOAD, new ObjectSchema().types(java.util.Set.of("object"))
                    .addProperty("archive", new BinarySchema().types(java.util.Set.of("string"))
                            .description("A zip or tar.gz of the repository"))
                    .addRequiredItem("archive"));
            for (String type : new String[] {ObservationController.ZIP, ObservationController.GZIP,
                    ObservationController.X_GZIP, ObservationController.TAR_GZIP}) {
                content.addMediaType(type, new MediaType().schema(new BinarySchema()));
            }
            item.getPost().requestBody(new RequestBody().required(true).content(content).description("A scan report "
                    + "as `maturity-advisor scan --format json` prints it (with the optional commit and ref), or a zip "
                    + "or tar.gz of the repository: the raw body, or the multipart field archive (at most "
                    + "maturity.scan.max-archive-bytes; over it, 413)."));
        };
    }
}

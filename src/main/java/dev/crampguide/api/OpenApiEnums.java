package dev.crampguide.api;

import dev.crampguide.situation.Coded;
import dev.crampguide.situation.Drinking;
import dev.crampguide.situation.Factor;
import dev.crampguide.situation.Muscle;
import dev.crampguide.situation.Onset;
import dev.crampguide.situation.Remedy;
import dev.crampguide.situation.Symptom;
import dev.crampguide.table.CareLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Writes every enumeration into the OpenAPI document from the domain enums, so the document cannot drift from
 * what the API accepts. List fields get the enumeration on their items; the GET list parameters, being
 * comma-separated strings, name the allowed values in their description. Runs once, at build time.
 */
public class OpenApiEnums implements OASFilter {

    private static final Map<String, List<String>> SITUATION = Map.of(
            "muscle", Coded.ids(Muscle.class),
            "when", Coded.ids(Onset.class),
            "factors", Coded.ids(Factor.class),
            "symptoms", Coded.ids(Symptom.class),
            "considering", Coded.ids(Remedy.class));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        SITUATION.forEach((field, ids) -> enumerate(schemas.get("Situation").getProperties().get(field), ids));
        enumerate(schemas.get("Exercise").getProperties().get("drinking"), Coded.ids(Drinking.class));
        enumerate(schemas.get("Guidance").getProperties().get("careLevel"), Coded.ids(CareLevel.class));
        List<String> flagLevels = new ArrayList<>(Coded.ids(CareLevel.class));
        flagLevels.remove(CareLevel.SELF_CARE.id());
        enumerate(schemas.get("GuidanceItem").getProperties().get("careLevel"), flagLevels);
        enumerate(schemas.get("GuidanceTableRow").getProperties().get("careLevel"), flagLevels);

        for (Parameter parameter : openAPI.getPaths().getPathItem("/v1/guidance").getGET().getParameters()) {
            String name = parameter.getName().equals("exercise.drinking") ? "drinking" : parameter.getName();
            List<String> ids = name.equals("drinking") ? Coded.ids(Drinking.class) : SITUATION.get(name);
            if (ids == null) {
                continue;
            }
            if (name.equals("muscle") || name.equals("when") || name.equals("drinking")) {
                parameter.getSchema().setEnumeration(new ArrayList<>(ids));
            } else {
                parameter.setDescription("Comma-separated, any of: " + String.join(", ", ids));
            }
        }
    }

    private static void enumerate(Schema schema, List<String> ids) {
        List<Object> values = new ArrayList<>(ids);
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.ARRAY)) {
            if (schema.getItems() == null) {
                schema.setItems(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
            }
            schema.getItems().setEnumeration(values);
            schema.setEnumeration(null);
        } else {
            schema.setEnumeration(values);
        }
    }
}

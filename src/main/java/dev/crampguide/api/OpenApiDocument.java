package dev.crampguide.api;

import dev.crampguide.situation.Coded;
import dev.crampguide.situation.SituationField;
import dev.crampguide.situation.SituationFields;
import dev.crampguide.table.CareLevel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The parts of the OpenAPI document that come from the domain rather than from annotations: the situation's
 * request body schema and the GET query parameters, both written from {@link SituationFields}, and every
 * enumeration from the domain enums, so the document cannot drift from what the API accepts. Runs where the OpenAPI
 * extension runs, in the tests, which keep the committed document (served by {@link PublishedOpenApi}) equal to
 * its output; the document-level facts (info, servers, tags, security schemes) are on {@link CrampGuideApplication}.
 */
public class OpenApiDocument implements OASFilter {

    static final String SITUATION_SCHEMA = "#/components/schemas/Situation";

    /** Descriptions of the objects that group dotted fields ({@code exercise.hot}). */
    private static final Map<String, String> GROUPS = Map.of("exercise", "The exercise around the cramp.");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        situationSchemas(openAPI);
        Operation get = openAPI.getPaths().getPathItem("/v1/guidance").getGET();
        List<Parameter> parameters = new ArrayList<>();
        SituationFields.ALL.forEach(field -> parameters.add(queryParameter(field)));
        parameters.add(OASFactory.createParameter().name("answered").in(Parameter.In.QUERY).required(false)
                .schema(answeredSchema()).style(Parameter.Style.FORM).explode(false)
                .description(ANSWERED + " " + COMMA_SEPARATED));
        if (get.getParameters() != null) {
            parameters.addAll(get.getParameters());
        }
        get.setParameters(parameters);

        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        enumerate(schemas.get("Guidance").getProperties().get("careLevel"), Coded.ids(CareLevel.class));
        List<String> flagLevels = new ArrayList<>(Coded.ids(CareLevel.class));
        flagLevels.remove(CareLevel.SELF_CARE.id());
        enumerate(schemas.get("GuidanceItem").getProperties().get("careLevel"), flagLevels);
        enumerate(schemas.get("GuidanceTableRow").getProperties().get("careLevel"), flagLevels);

        // The public API needs no credentials; the metered deployment's key is checked by API Gateway alone, so it
        // is declared as a scheme (for that deployment's clients) but required by no operation.
        openAPI.setSecurity(new ArrayList<>());
    }

    /** {@code Situation} and one schema per group ({@code Exercise}), in request order. */
    private static void situationSchemas(OpenAPI openAPI) {
        Schema situation = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("What happened around the cramp. Every field is optional; {} returns general advice. Unknown fields are ignored.");
        Map<String, Schema> groups = new LinkedHashMap<>();
        for (SituationField field : SituationFields.ALL) {
            String group = field.group();
            if (group == null) {
                situation.addProperty(field.path(), valueSchema(field));
                continue;
            }
            Schema groupSchema = groups.get(group);
            if (groupSchema == null) {
                groupSchema = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).description(GROUPS.get(group));
                groups.put(group, groupSchema);
                situation.addProperty(group, OASFactory.createSchema().ref(schemaName(group)));
            }
            groupSchema.addProperty(field.name(), valueSchema(field));
        }
        situation.addProperty("answered", answeredSchema());
        openAPI.getComponents().addSchema("Situation", situation);
        groups.forEach((group, schema) -> openAPI.getComponents().addSchema(schemaName(group), schema));
    }

    /** The request's one field that is not about the situation: which of the table's questions were asked. */
    private static final String ANSWERED = "Ids of the questions (from `questions` of earlier answers) already asked;"
            + " one asked with nothing chosen means \"none of these\". An unknown id is a 400 naming `answered[i]`.";

    private static final String COMMA_SEPARATED = "One parameter, values separated by commas (`symptoms=a,b`).";

    private static Schema answeredSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).description(ANSWERED)
                .items(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addExample(List.of("urgent_signs", "other_signs"));
    }

    private static String schemaName(String group) {
        return Character.toUpperCase(group.charAt(0)) + group.substring(1);
    }

    private static Schema valueSchema(SituationField field) {
        Schema schema = OASFactory.createSchema().description(field.description());
        switch (field.kind()) {
            case FLAG -> schema.addType(Schema.SchemaType.BOOLEAN);
            case NUMBER -> schema.addType(Schema.SchemaType.INTEGER).format("int32").minimum(java.math.BigDecimal.ZERO)
                    .maximum(java.math.BigDecimal.valueOf(field.max())).addExample(field.example());
            case CHOICE -> schema.addType(Schema.SchemaType.STRING).enumeration(new ArrayList<>(field.ids()))
                    .addExample(field.ids().get(0));
            case LIST -> schema.addType(Schema.SchemaType.ARRAY).items(OASFactory.createSchema()
                    .addType(Schema.SchemaType.STRING).enumeration(new ArrayList<>(field.ids())))
                    .addExample(List.of(field.ids().get(0)));
        }
        return schema;
    }

    private static Parameter queryParameter(SituationField field) {
        Parameter parameter = OASFactory.createParameter().name(field.path()).in(Parameter.In.QUERY)
                .required(false).schema(valueSchema(field)).description(field.description());
        if (field.kind() == SituationField.Kind.LIST) {
            // The contract's spelling: one key, values separated by commas (form style, not exploded). The service
            // also still takes repeated keys, which earlier versions of this document declared.
            parameter.style(Parameter.Style.FORM).explode(false)
                    .description(field.description() + " " + COMMA_SEPARATED);
        }
        return parameter;
    }

    private static void enumerate(Schema schema, List<String> ids) {
        schema.setEnumeration(new ArrayList<>(ids));
    }
}

package dev.crampguide.floor;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The least a guidance endpoint can do: read the situation's JSON into a tree and answer about 9 KB of JSON of
 * the same shape as cramp-guide's answer (a care level and 16 cited rows), both through quarkus-rest-jackson.
 */
@Path("/v1/guidance")
public class FloorResource {

    public record Row(String id, String section, String title, String text, List<String> references) {
    }

    public record Answer(String tableVersion, String careLevel, int fields, List<Row> rows, String disclaimer) {
    }

    private static final String TEXT = "Stretch the cramping muscle gently and hold the stretch until the cramp "
            + "eases; most cramps stop within a few minutes. Walking or massaging the muscle can help. ".repeat(3);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Answer answer(Map<String, Object> situation) {
        List<Row> rows = new ArrayList<>(16);
        for (int i = 0; i < 16; i++) {
            rows.add(new Row("row-" + i, "advice", "What helps now, part " + i, TEXT, List.of("ref-" + i, "ref-x")));
        }
        return new Answer("floor", "self-care", situation.size(), rows, "General information, not a diagnosis.");
    }
}

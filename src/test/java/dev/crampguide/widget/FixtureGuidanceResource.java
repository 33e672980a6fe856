package dev.crampguide.widget;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;

/** TEMPORARY until the real GET /v1/guidance lands on main: a contract-shaped answer for browser work. */
@Path("/v1/guidance")
public class FixtureGuidanceResource {
    @GET
    @Produces("application/json")
    public String get(@QueryParam("muscle") String muscle, @QueryParam("crampingNow") boolean now,
            @QueryParam("symptoms") String symptoms) {
        boolean clot = symptoms != null && symptoms.contains("one_leg");
        String item = "{\"id\":\"%s\",\"title\":\"%s\",\"text\":\"%s\",\"because\":[\"x\"],\"references\":[\"mayo-clinic\"]}";
        String steps = now && "calf".equals(muscle)
                ? String.format(item, "stop_and_breathe", "Stop and breathe", "Stop what you are doing.") + ","
                        + String.format(item, "lengthen_calf", "Stretch the calf", "Pull your toes towards you with the knee straight, hold 30 seconds.")
                : "";
        return "{\"careLevel\":\"" + (clot ? "prompt_medical_advice" : "self_care") + "\",\"summary\":\"Fixture summary.\","
                + "\"redFlags\":[" + (clot ? String.format(item, "possible_blood_clot", "Possible blood clot", "A swollen warm leg needs checking today.") : "") + "],"
                + "\"likelyTriggers\":[" + String.format(item, "exercise_overload", "Overload", "Working harder than trained.") + "],"
                + "\"immediateSteps\":[" + steps + "],\"prevention\":[],\"cautions\":[" + String.format(item, "dont_force_stretch", "Do not force", "Stretch gently.") + "],"
                + "\"speech\":{\"text\":\"x\",\"ssml\":\"<speak>x</speak>\"},"
                + "\"references\":[{\"id\":\"mayo-clinic\",\"title\":\"Mayo Clinic: Muscle cramp\",\"url\":\"https://www.mayoclinic.org/\"}],"
                + "\"disclaimer\":\"General information, not a diagnosis.\",\"tableVersion\":\"fixture\"}";
    }
}

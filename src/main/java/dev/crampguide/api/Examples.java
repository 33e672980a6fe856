package dev.crampguide.api;

/** Example payloads for the OpenAPI document (annotation values must be constants). */
final class Examples {

    static final String RUNNER_IN_HEAT = """
            {"muscle": "calf", "when": "exercise", "crampingNow": true,
             "exercise": {"hot": true, "heavySweating": true, "durationMinutes": 95, "harderThanTrained": true,
                          "drinking": "plain_water"},
             "factors": ["alcohol"], "considering": ["magnesium"], "age": 67}""";

    static final String SWOLLEN_LEG = """
            {"muscle": "calf", "when": "rest", "symptoms": ["one_leg_swollen", "one_leg_warm"]}""";

    static final String AFTER_SCREENING = """
            {"muscle": "calf", "crampingNow": true,
             "answered": ["urgent_signs", "other_signs", "pattern", "medicines", "muscle", "now"]}""";

    static final String GUIDANCE = """
            {"careLevel": "prompt_medical_advice", "careLevelTitle": "Get medical advice today", "screened": false,
             "summary": "Get medical advice promptly, today if you can. This is based on what you have said so far, so please answer the safety questions too. One leg that is swollen, red, warm or very tender should be checked by a doctor today.",
             "redFlags": [{"id": "possible_blood_clot", "careLevel": "prompt_medical_advice",
                           "title": "One leg swollen, red, warm or very tender", "text": "…", "spoken": "…",
                           "because": ["symptoms:one_leg_swollen", "symptoms:one_leg_warm"],
                           "references": ["mayo-clinic", "nhs-dvt"]}],
             "likelyTriggers": [], "immediateSteps": [],
             "prevention": [{"id": "ankle_circles_short_walk", "title": "…", "text": "…", "spoken": "…",
                             "because": ["when:rest"], "references": ["physio-stretching-trial", "mayo-clinic"]}],
             "cautions": [{"id": "dont_rub_possible_clot", "title": "…", "text": "…", "spoken": "…",
                           "because": ["symptoms:one_leg_swollen", "symptoms:one_leg_warm"], "references": ["nhs-dvt"]}],
             "speech": {"text": "Get medical advice promptly, today if you can. …", "ssml": "<speak>…</speak>"},
             "references": [{"id": "mayo-clinic", "title": "Mayo Clinic — Muscle cramp: Diagnosis and treatment"}],
             "disclaimer": "This is general information …", "tableVersion": "1.0.0+e79ab81cf187",
             "questions": [{"id": "urgent_signs", "text": "Do you have any of these right now?",
                            "spoken": "Safety check. …", "kind": "many", "field": "symptoms",
                            "options": [{"value": "chest_pain", "label": "Chest pain or pressure"},
                                        {"value": "short_of_breath", "label": "Short of breath or hard to breathe"}, "…"]},
                           {"id": "age", "text": "How old are you?", "spoken": "How old are you?", "kind": "number",
                            "field": "age", "options": [], "min": 0, "max": 130}]}""";

    static final String INVALID = """
            {"type": "urn:cramp-guide:problem:invalid-situation", "title": "Invalid situation", "status": 400,
             "detail": "2 fields are invalid.", "instance": "/v1/guidance",
             "errors": [{"field": "muscle", "message": "unknown value 'calve'",
                         "allowed": ["calf", "foot", "hamstring", "thigh", "hand", "other"]},
                        {"field": "age", "message": "must be a whole number from 0 to 130"}]}""";

    static final String TOO_LARGE = """
            {"type": "urn:cramp-guide:problem:body-too-large", "title": "Body too large", "status": 413,
             "detail": "The body may be at most 16384 bytes.", "instance": "/v1/guidance"}""";

    static final String UNSUPPORTED = """
            {"type": "urn:cramp-guide:problem:unsupported-media-type", "title": "Unsupported media type",
             "status": 415, "detail": "Send the situation as application/json.", "instance": "/v1/guidance"}""";

    static final String REPEATED = """
            {"type": "urn:cramp-guide:problem:invalid-situation", "title": "Invalid situation", "status": 400,
             "detail": "1 field is invalid.", "instance": "/v1/guidance",
             "errors": [{"field": "muscle", "message": "given 2 times; send it once"}]}""";

    static final String NOT_ACCEPTABLE = """
            {"type": "urn:cramp-guide:problem:not-acceptable", "title": "Not acceptable", "status": 406,
             "detail": "This resource is available as application/json.", "instance": "/v1/guidance"}""";

    static final String TABLE = """
            {"version": "1.0.0+e79ab81cf187", "disclaimer": "This is general information …",
             "references": [{"id": "mayo-clinic", "title": "Mayo Clinic — Muscle cramp: Diagnosis and treatment", "url": "…"}],
             "sectionGates": {"immediateSteps": "crampingNow | stillLocked | soreAfterwards"},
             "facts": ["muscle:calf", "muscle:foot", "…", "age>=65"],
             "rows": [{"id": "lengthen_calf", "section": "immediateSteps", "condition": "muscle:calf", "rank": 20,
                       "title": "Lengthen the calf", "text": "…", "spoken": "…", "references": ["mayo-clinic"]}]}""";

    private Examples() {
    }
}

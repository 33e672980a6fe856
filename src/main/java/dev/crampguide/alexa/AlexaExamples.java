package dev.crampguide.alexa;

/** Example envelopes for the OpenAPI document (annotation values must be constants). */
final class AlexaExamples {

    static final String LAUNCH = """
            {"version": "1.0",
             "session": {"new": true, "sessionId": "amzn1.echo-api.session.example",
                         "application": {"applicationId": "amzn1.ask.skill.example"}},
             "context": {"System": {"application": {"applicationId": "amzn1.ask.skill.example"}}},
             "request": {"type": "LaunchRequest", "requestId": "amzn1.echo-api.request.example",
                         "timestamp": "2026-11-29T08:00:00Z", "locale": "en-US"}}""";

    static final String WELCOME = """
            {"version": "1.0",
             "response": {"outputSpeech": {"type": "SSML", "ssml": "<speak>…</speak>"},
                          "reprompt": {"outputSpeech": {"type": "SSML", "ssml": "<speak>…</speak>"}},
                          "shouldEndSession": false},
             "sessionAttributes": {}}""";

    static final String TOO_LARGE = """
            {"type": "urn:cramp-guide:problem:body-too-large", "title": "Body too large", "status": 413,
             "detail": "The body may be at most 1048576 bytes.", "instance": "/v1/alexa"}""";

    static final String REFUSED = """
            {"type": "urn:cramp-guide:problem:unverified-alexa-request", "title": "Request not accepted", "status": 400,
             "detail": "This endpoint only accepts requests signed by Alexa for this skill.", "instance": "/v1/alexa"}""";

    private AlexaExamples() {
    }
}

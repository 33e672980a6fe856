package dev.crampguide.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crampguide.config.CrampGuideConfig;
import dev.crampguide.engine.Guidance;
import dev.crampguide.engine.GuidanceEngine;
import dev.crampguide.situation.Situation;
import dev.crampguide.web.RequestLog;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

/**
 * The guidance API: thin on purpose. It reads the situation, asks the engine, and shapes the HTTP answer.
 * The evaluation takes microseconds and never blocks, so it runs on the I/O thread.
 */
@NonBlocking
public class GuidanceResource implements GuidanceApi {

    private final GuidanceEngine engine;
    private final ObjectMapper mapper;
    private final String cacheControl;

    GuidanceResource(GuidanceEngine engine, ObjectMapper mapper, CrampGuideConfig config) {
        this.engine = engine;
        this.mapper = mapper;
        this.cacheControl = "public, max-age=" + config.cache().maxAge();
    }

    @Override
    public RestResponse<GuidanceResponse> evaluateSituation(byte[] body, RoutingContext ctx) {
        Guidance guidance = engine.evaluate(SituationInput.fromBody(mapper, body));
        RequestLog.note(ctx, guidance);
        return ResponseBuilder.ok(GuidanceResponse.of(guidance)).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @Override
    public RestResponse<GuidanceResponse> evaluateSituationByQuery(UriInfo uri, HttpHeaders headers, RoutingContext ctx) {
        Situation situation = SituationInput.fromQuery(uri.getQueryParameters());
        String etag = etag();
        // the whole header: the Lambda adapter splits a list of tags into several values
        if (ETags.matches(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            return cacheable(ResponseBuilder.<GuidanceResponse>create(RestResponse.Status.NOT_MODIFIED), etag).build();
        }
        Guidance guidance = engine.evaluate(situation);
        RequestLog.note(ctx, guidance);
        return cacheable(ResponseBuilder.ok(GuidanceResponse.of(guidance)), etag).build();
    }

    @Override
    public RestResponse<TableResponse> getGuidanceTable(HttpHeaders headers) {
        String etag = etag();
        if (ETags.matches(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            return cacheable(ResponseBuilder.<TableResponse>create(RestResponse.Status.NOT_MODIFIED), etag).build();
        }
        return cacheable(ResponseBuilder.ok(TableResponse.of(engine.table())), etag).build();
    }

    private String etag() {
        return ETags.strong(engine.table().version());
    }

    private <T> ResponseBuilder<T> cacheable(ResponseBuilder<T> builder, String etag) {
        return builder.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, cacheControl);
    }
}

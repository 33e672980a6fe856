package dev.crampguide.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crampguide.config.CrampGuideConfig;
import dev.crampguide.guide.Guide;
import dev.crampguide.wording.Guidance;
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

    private final Guide guide;
    private final ObjectMapper mapper;
    private final String cacheControl;

    GuidanceResource(Guide guide, ObjectMapper mapper, CrampGuideConfig config) {
        this.guide = guide;
        this.mapper = mapper;
        this.cacheControl = "public, max-age=" + config.cache().maxAge();
    }

    @Override
    public RestResponse<GuidanceResponse> evaluateSituation(byte[] body, RoutingContext ctx) {
        SituationInput.Request request = SituationInput.requestFromBody(mapper, body, guide.questions().ids());
        Guidance guidance = guide.answer(request.situation(), request.answered());
        RequestLog.note(ctx, guidance);
        return ResponseBuilder.ok(GuidanceResponse.of(guidance)).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @Override
    public RestResponse<GuidanceResponse> evaluateSituationByQuery(UriInfo uri, HttpHeaders headers, RoutingContext ctx) {
        SituationInput.Request request = SituationInput.requestFromQuery(uri.getQueryParameters(),
                guide.questions().ids());
        String etag = etag();
        // the whole header: the Lambda adapter splits a list of tags into several values
        if (ETags.matches(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            return cacheable(ResponseBuilder.<GuidanceResponse>create(RestResponse.Status.NOT_MODIFIED), etag).build();
        }
        Guidance guidance = guide.answer(request.situation(), request.answered());
        RequestLog.note(ctx, guidance);
        return cacheable(ResponseBuilder.ok(GuidanceResponse.of(guidance)), etag).build();
    }

    @Override
    public RestResponse<TableResponse> getGuidanceTable(HttpHeaders headers) {
        String etag = etag();
        if (ETags.matches(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            return cacheable(ResponseBuilder.<TableResponse>create(RestResponse.Status.NOT_MODIFIED), etag).build();
        }
        return cacheable(ResponseBuilder.ok(TableResponse.of(guide.table())), etag).build();
    }

    private String etag() {
        return ETags.strong(guide.tableVersion());
    }

    private <T> ResponseBuilder<T> cacheable(ResponseBuilder<T> builder, String etag) {
        return builder.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, cacheControl);
    }
}

package dev.crampguide.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/**
 * Sends the API's JSON answers (records: guidance, table, Alexa envelopes) as one body with its Content-Length.
 * Quarkus REST's own Jackson writer streams through an output buffer (8 KiB by default) and sends anything longer
 * chunked, which the Lambda HTTP adapter turns into an empty Transfer-Encoding header; a buffer as large as the
 * largest answer would cost that much memory on every response. Serialising the answer first gives the exact
 * length for the bytes it takes.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class WholeJsonBodyWriter implements ServerMessageBodyWriter<Record> {

    private final ObjectMapper mapper;

    WholeJsonBodyWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo target, MediaType mediaType) {
        return Record.class.isAssignableFrom(type);
    }

    @Override
    public void writeResponse(Record answer, Type genericType, ServerRequestContext context) throws IOException {
        context.serverResponse().end(mapper.writeValueAsBytes(answer));
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Record.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Record answer, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        entityStream.write(mapper.writeValueAsBytes(answer));
    }
}

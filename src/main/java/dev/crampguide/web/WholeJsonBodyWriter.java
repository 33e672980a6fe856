package dev.crampguide.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/**
 * Sends the API's JSON answers (records: guidance, table, Alexa envelopes) as one body with its Content-Length.
 * Quarkus REST's own Jackson writer streams through an output buffer (8 KiB by default) and sends anything longer
 * chunked, which the Lambda HTTP adapter turns into an empty Transfer-Encoding header; a buffer as large as the
 * largest answer would cost that much memory on every response. Serialising the answer first, into a buffer each
 * thread keeps, gives the exact length; the body then costs one array of its own size.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class WholeJsonBodyWriter implements ServerMessageBodyWriter<Record> {

    private static final int BUFFER_SIZE = 16 * 1024;
    /** Request threads are few (Vert.x event loops); a buffer grown past this by an unusual answer is dropped. */
    private static final int MAX_KEPT = 256 * 1024;
    private static final ThreadLocal<Body> BODY = ThreadLocal.withInitial(Body::new);

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
        context.serverResponse().end(serialise(answer));
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Record.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Record answer, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        entityStream.write(serialise(answer));
    }

    private byte[] serialise(Record answer) throws IOException {
        Body body = BODY.get();
        try {
            mapper.writeValue(body, answer);
            return body.bytes();
        } finally {
            body.clear();
        }
    }

    /** A reusable growable buffer; {@link #bytes} copies out exactly what was written. */
    private static final class Body extends ByteArrayOutputStream {
        Body() {
            super(BUFFER_SIZE);
        }

        byte[] bytes() {
            return Arrays.copyOf(buf, count);
        }

        void clear() {
            reset();
            if (buf.length > MAX_KEPT) {
                buf = new byte[BUFFER_SIZE];
            }
        }
    }
}

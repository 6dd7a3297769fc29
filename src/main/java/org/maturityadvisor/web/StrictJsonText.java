package org.maturityadvisor.web;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.input.StrictText;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;

/**
 * Reads a JSON request body into the String the controllers' strict readers parse, decoding it strictly: bytes that
 * are not valid UTF-8 are a 400 naming the line and byte offset (Spring's String converter replaces them with U+FFFD,
 * which would then be stored). Reading only; responses are written as before.
 */
class StrictJsonText extends AbstractHttpMessageConverter<String> {

    StrictJsonText() {
        super(StandardCharsets.UTF_8, MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
    }

    @Override
    protected boolean supports(Class<?> type) {
        return String.class == type;
    }

    @Override
    protected boolean canWrite(MediaType mediaType) {
        return false;
    }

    @Override
    protected String readInternal(Class<? extends String> type, HttpInputMessage input) throws IOException {
        MediaType contentType = input.getHeaders().getContentType();
        Charset charset = contentType == null || contentType.getCharset() == null ? StandardCharsets.UTF_8
                : contentType.getCharset();
        try {
            return StrictText.decode(input.getBody().readAllBytes(), charset);
        } catch (StrictText.Malformed e) {
            throw new InvalidInputException("request body", List.of(new InputError("(body)", e.getMessage())));
        }
    }

    @Override
    protected void writeInternal(String body, HttpOutputMessage output) {
        throw new UnsupportedOperationException("reads request bodies only");
    }
}

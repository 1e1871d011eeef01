package nl.samenboek.app.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** openapi.json as docs/openapi.json keeps it: pretty-printed, keys sorted, so a change shows as a small diff. */
final class Beschrijving {

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    private Beschrijving() {
    }

    static String netjes(String openapi) {
        try {
            return JSON.writeValueAsString(JSON.readValue(openapi, Object.class)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("geen JSON: " + openapi, e);
        }
    }
}

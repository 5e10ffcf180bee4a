package com.momentumlab.base.security;

import com.vaadin.flow.shared.ApplicationConstants;
import com.vaadin.flow.shared.JsonConstants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a message to Vaadin ({@code v-r=uidl}) that no Vaadin page sends, with HTTP 400, before Vaadin reads it:
 * not JSON, nested deeper than any real message, not an object, ids missing or not whole numbers, an invocation that
 * is not an object, names a type Vaadin does not handle or lacks a member its type needs. Vaadin answers such input with an error logged with its
 * stack trace, one per request, which a stranger could repeat to fill the disk. Refusals are counted and logged
 * as one short line a minute at most.
 *
 * <p>What only the tab's state can judge (a stale message id, a node that does not exist) stays Vaadin's to answer.
 */
public class VaadinMessageCheck extends OncePerRequestFilter {

    /** Far deeper than any message a Vaadin page sends (about 6 levels), far shallower than a stack overflow. */
    static final int MAX_DEPTH = 32;

    private static final Predicate<JsonNode> WHOLE = JsonNode::isIntegralNumber;
    private static final Predicate<JsonNode> TEXT = JsonNode::isString;
    private static final Predicate<JsonNode> ARRAY = JsonNode::isArray;
    private static final Predicate<JsonNode> ANY = value -> !value.isMissingNode();

    /**
     * The invocation types Vaadin's {@code ServerRpcHandler} handles, each with the members its handler reads without
     * looking (a missing one was an internal error with a stack trace).
     */
    static final Map<String, Map<String, Predicate<JsonNode>>> INVOCATION_TYPES = Map.of(
            JsonConstants.RPC_TYPE_EVENT, Map.of(JsonConstants.RPC_NODE, WHOLE, JsonConstants.RPC_EVENT_TYPE, TEXT),
            JsonConstants.RPC_TYPE_NAVIGATION, Map.of(JsonConstants.RPC_NAVIGATION_LOCATION, TEXT),
            JsonConstants.RPC_TYPE_MAP_SYNC, Map.of(JsonConstants.RPC_NODE, WHOLE, JsonConstants.RPC_FEATURE, WHOLE,
                    JsonConstants.RPC_PROPERTY, TEXT, JsonConstants.RPC_PROPERTY_VALUE, ANY),
            JsonConstants.RPC_PUBLISHED_SERVER_EVENT_HANDLER, Map.of(JsonConstants.RPC_NODE, WHOLE,
                    JsonConstants.RPC_TEMPLATE_EVENT_METHOD_NAME, TEXT, JsonConstants.RPC_TEMPLATE_EVENT_ARGS, ARRAY),
            JsonConstants.RPC_ATTACH_EXISTING_ELEMENT, Map.of(JsonConstants.RPC_NODE, WHOLE,
                    JsonConstants.RPC_ATTACH_REQUESTED_ID, WHOLE, JsonConstants.RPC_ATTACH_ASSIGNED_ID, WHOLE,
                    JsonConstants.RPC_ATTACH_TAG_NAME, TEXT, JsonConstants.RPC_ATTACH_INDEX, WHOLE),
            JsonConstants.RPC_ATTACH_EXISTING_ELEMENT_BY_ID, Map.of(JsonConstants.RPC_NODE, WHOLE,
                    JsonConstants.RPC_ATTACH_REQUESTED_ID, WHOLE, JsonConstants.RPC_ATTACH_ASSIGNED_ID, WHOLE,
                    JsonConstants.RPC_ATTACH_TAG_NAME, TEXT, JsonConstants.RPC_ATTACH_ID, TEXT),
            JsonConstants.RPC_TYPE_CHANNEL, Map.of(JsonConstants.RPC_NODE, WHOLE, JsonConstants.RPC_CHANNEL, WHOLE,
                    JsonConstants.RPC_CHANNEL_ARGUMENTS, ARRAY));

    private static final Logger LOG = LoggerFactory.getLogger(VaadinMessageCheck.class);
    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build()).build();

    private final RateLimitedNote refusals = new RateLimitedNote(LOG, "Refused malformed messages to Vaadin: {} since start");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !"uidl".equals(request.getParameter("v-r"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Bodies are small: RequestBodyLimit has already refused anything large.
        byte[] body = request.getInputStream().readAllBytes();
        if (isVaadinMessage(new String(body, StandardCharsets.UTF_8))) {
            chain.doFilter(new CachedBody(request, body), response);
        } else {
            refusals.note();
            LOG.debug("Refused message: {}", abbreviated(body));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("application/json");
            response.getOutputStream().write("{\"status\":400,\"error\":\"Bad Request\"}".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Whether {@code json} has the shape of a message a Vaadin page sends. */
    static boolean isVaadinMessage(String json) {
        JsonNode message;
        try {
            message = MAPPER.readTree(json);
        } catch (JacksonException notJsonOrTooDeep) {
            return false;
        }
        if (message == null || !message.isObject() || !message.path(ApplicationConstants.CSRF_TOKEN).isString()
                || !hasIds(message)) {
            return false;
        }
        JsonNode invocations = message.path(ApplicationConstants.RPC_INVOCATIONS);
        if (invocations.isMissingNode()) {
            return true;
        }
        if (!invocations.isArray()) {
            return false;
        }
        for (JsonNode invocation : invocations) {
            Map<String, Predicate<JsonNode>> members = invocation.isObject()
                    ? INVOCATION_TYPES.get(invocation.path(JsonConstants.RPC_TYPE).asString("")) : null;
            if (members == null || !members.entrySet().stream()
                    .allMatch(member -> member.getValue().test(invocation.path(member.getKey())))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Both ids, whole numbers; a tab's closing message (the unload beacon) may leave them out. Vaadin reads a missing
     * sync id as a null pointer (HTTP 500) and warns of a missing client id on every message.
     */
    private static boolean hasIds(JsonNode message) {
        boolean beacon = message.has(ApplicationConstants.UNLOAD_BEACON);
        return isWholeNumber(message.path(ApplicationConstants.SERVER_SYNC_ID), beacon)
                && isWholeNumber(message.path(ApplicationConstants.CLIENT_TO_SERVER_ID), beacon);
    }

    private static boolean isWholeNumber(JsonNode value, boolean mayBeMissing) {
        return value.isIntegralNumber() || mayBeMissing && value.isMissingNode();
    }

    private static String abbreviated(byte[] body) {
        return new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
    }
}

package com.momentumlab.base.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.ServerRpcHandler;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import com.vaadin.flow.shared.ApplicationConstants;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Vaadin's handler of a tab's messages ({@code v-r=uidl}), with two answers changed so that a client cannot write a
 * log line per request:
 * <ul>
 * <li>A message whose id is not the next one (a client that skipped ids, or resent an old id with other content) gets
 * Vaadin's own resynchronization: the message is dropped and the answer carries the tab's whole state and the id the
 * server expects next, which the client engine adopts. Vaadin answered with a "synchronization error" notice and a WARN
 * line per message.</li>
 * <li>A message whose security key is not the tab's gets HTTP 403. Vaadin answered with a page reload and a WARN line
 * per message, which any stranger who opened a tab could repeat.</li>
 * </ul>
 * Both are counted and logged as one short line a minute at most. A resent message (same id, same content) still gets
 * Vaadin's previous answer again.
 */
public class QuietUidlHandler extends UidlRequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(QuietUidlHandler.class);
    private static final JsonMapper MAPPER = new JsonMapper();

    private final RateLimitedNote resyncs =
            new RateLimitedNote(LOG, "Resynchronized tabs that sent an unexpected message id: {} since start");
    private final RateLimitedNote wrongKeys =
            new RateLimitedNote(LOG, "Refused messages with a wrong security key: {} since start");

    @Override
    protected ServerRpcHandler createRpcHandler() {
        return new ResyncOnUnexpectedId();
    }

    @Override
    public Optional<ResponseWriter> synchronizedHandleRequest(VaadinSession session, VaadinRequest request,
                                                              VaadinResponse response, String requestBody)
            throws IOException, UnsupportedOperationException {
        UI ui = session.getService().findUI(request);
        if (ui != null && !hasTheTabsKey(ui, requestBody)) {
            wrongKeys.note();
            return Optional.of(() -> {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("application/json");
                response.getOutputStream().write("{\"status\":403,\"error\":\"Forbidden\"}".getBytes(StandardCharsets.UTF_8));
            });
        }
        return super.synchronizedHandleRequest(session, request, response, requestBody);
    }

    private static boolean hasTheTabsKey(UI ui, String message) {
        try {
            var token = MAPPER.readTree(message).path(ApplicationConstants.CSRF_TOKEN);
            return token.isString() && VaadinService.isCsrfTokenValid(ui, token.asString());
        } catch (JacksonException notJson) {
            // VaadinMessageCheck has refused anything that is not a message; let Vaadin answer the rest as before.
            return true;
        }
    }

    /** Vaadin's RPC handler, answering a message out of sequence with Vaadin's own resynchronization. */
    private final class ResyncOnUnexpectedId extends ServerRpcHandler {

        @Override
        protected void handleRpc(UI ui, String message, VaadinRequest request, RpcRequest rpcRequest) {
            try {
                super.handleRpc(ui, message, request, rpcRequest);
            } catch (MessageIdSyncException outOfSequence) {
                resyncs.note();
                // What Vaadin does when the client itself asks for a resynchronization.
                ui.getInternals().getStateTree().prepareForResync();
                ui.getInternals().getDependencyList().clearPendingSendToClient();
                throw new ResynchronizationRequiredException();
            }
        }
    }
}

package com.momentumlab.base.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.ServerRpcHandler;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import com.vaadin.flow.server.communication.rpc.RpcInvocationHandler;
import com.vaadin.flow.shared.ApplicationConstants;
import com.vaadin.flow.shared.JsonConstants;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

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
 * A client's own request for a resynchronization gets it without Vaadin's WARN paragraph, and an invocation the tab
 * cannot take ({@link InvocationCheck}) is dropped instead of answered with an internal error or a WARN.
 * All are counted and logged as one short line a minute at most. A resent message (same id, same content) still gets
 * Vaadin's previous answer again.
 */
public class QuietUidlHandler extends UidlRequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(QuietUidlHandler.class);
    private static final JsonMapper MAPPER = new JsonMapper();

    private final RateLimitedNote resyncs =
            new RateLimitedNote(LOG, "Resynchronized tabs that sent an unexpected message id: {} since start");
    private final RateLimitedNote wrongKeys =
            new RateLimitedNote(LOG, "Refused messages with a wrong security key: {} since start");
    private final RateLimitedNote unfitting =
            new RateLimitedNote(LOG, "Dropped invocations their tab cannot take: {} since start");

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

    /**
     * Vaadin's RPC handler, answering a message out of sequence, or a client's own request, with Vaadin's
     * resynchronization (without Vaadin's WARN paragraph for every such request), and dropping an invocation the tab
     * cannot take ({@link InvocationCheck}).
     */
    private final class ResyncOnUnexpectedId extends ServerRpcHandler {

        private volatile Map<String, RpcInvocationHandler> checkedHandlers;

        @Override
        protected void handleRpc(UI ui, String message, VaadinRequest request, RpcRequest rpcRequest) {
            try {
                if (rpcRequest.isResynchronize()) {
                    ObjectNode withoutRequest = (ObjectNode) MAPPER.readTree(message);
                    withoutRequest.remove(ApplicationConstants.RESYNCHRONIZE_ID);
                    String plain = withoutRequest.toString();
                    super.handleRpc(ui, plain, request, new RpcRequest(plain, request));
                    throw resync(ui);
                }
                super.handleRpc(ui, message, request, rpcRequest);
            } catch (MessageIdSyncException outOfSequence) {
                throw resync(ui);
            }
        }

        /** What Vaadin does when the client itself asks for a resynchronization. */
        private ResynchronizationRequiredException resync(UI ui) {
            resyncs.note();
            ui.getInternals().getStateTree().prepareForResync();
            ui.getInternals().getDependencyList().clearPendingSendToClient();
            return new ResynchronizationRequiredException();
        }

        @Override
        protected Map<String, RpcInvocationHandler> getInvocationHandlers() {
            if (checkedHandlers == null) {
                Map<String, RpcInvocationHandler> checked = new HashMap<>();
                super.getInvocationHandlers().forEach((type, handler) -> checked.put(type, new RpcInvocationHandler() {
                    @Override
                    public String getRpcType() {
                        return handler.getRpcType();
                    }

                    @Override
                    public Optional<Runnable> handle(UI ui, JsonNode invocation) {
                        if (InvocationCheck.fits(ui, invocation)) {
                            try {
                                return handler.handle(ui, invocation);
                            } catch (IllegalArgumentException denied) {
                                // A property sync only records the change here (listeners run later), so this is
                                // Vaadin refusing a property the element does not synchronize, not our code failing.
                                if (!JsonConstants.RPC_TYPE_MAP_SYNC.equals(type)) {
                                    throw denied;
                                }
                            }
                        }
                        unfitting.note();
                        LOG.debug("Dropped invocation: {}", invocation);
                        return Optional.empty();
                    }
                }));
                checkedHandlers = Map.copyOf(checked);
            }
            return checkedHandlers;
        }
    }
}

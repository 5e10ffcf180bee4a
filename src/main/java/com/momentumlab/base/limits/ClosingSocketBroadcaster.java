package com.momentumlab.base.limits;

import org.atmosphere.cpr.AtmosphereResource;
import org.atmosphere.cpr.AtmosphereResourceImpl;
import org.atmosphere.cpr.DefaultBroadcaster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Atmosphere's broadcaster (the one that writes Vaadin's pushes), with one difference: when the servlet container
 * refuses a push because the WebSocket cannot take it any more (the browser is closing it), the push is dropped and
 * the socket's own close does the clean-up, once.
 *
 * <p>When a learner leaves mid-run, the browser closes the push socket. Tomcat answers the close, then tells
 * Atmosphere, which tells Vaadin; in between, the socket still reports itself open, and a push written then fails
 * with an {@link IllegalStateException}. The default broadcaster then starts a second clean-up of the same socket
 * (disconnect, cache, close) on its own thread, racing the close already under way: Vaadin logged both as errors,
 * and the close could fail on the half-cleaned resource. The tab is gone, so the dropped push loses nothing.
 * The socket is closed here too, which does nothing to a socket already closing and makes one left unusable by an
 * earlier failed write go through the same single close (the browser then reconnects, if it is still there).
 * Failures of any other kind, and on any other transport, take the default path.
 */
public class ClosingSocketBroadcaster extends DefaultBroadcaster {

    private static final Logger LOG = LoggerFactory.getLogger(ClosingSocketBroadcaster.class);

    @Override
    public void onException(Throwable failure, AtmosphereResource resource, boolean notifyAndCache) {
        if (failure instanceof IllegalStateException && resource.transport() == AtmosphereResource.TRANSPORT.WEBSOCKET) {
            LOG.debug("Push to closing socket {} dropped: {}", resource.uuid(), failure.getMessage());
            if (resource instanceof AtmosphereResourceImpl impl && impl.webSocket() != null) {
                impl.webSocket().close();
            }
            return;
        }
        super.onException(failure, resource, notifyAndCache);
    }
}

package com.momentumlab.base.error;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A view that failed while opening: the learner sees a translated page; the exception goes to the log
 * (at ERROR: it is a bug), never to the page.
 */
class ServerErrorView extends ErrorView implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ServerErrorView.class);

    ServerErrorView() {
        super("server");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        LOG.error("Could not open '{}'", event.getLocation().getPathWithQueryParameters(), parameter.getCaughtException());
        useLanguageOf(event);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}

package com.momentumlab.base.error;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

/** An address with no page (for example {@code /nope}): HTTP 404 and a translated page, never a route list. */
class NotFoundView extends ErrorView implements HasErrorParameter<NotFoundException> {

    NotFoundView() {
        super("notFound");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        useLanguageOf(event);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}

package com.momentumlab.base.monitoring;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The actuator lives on the management port. Without this, {@code /actuator/...} on the public port would fall
 * through to Vaadin, which answers any unknown path with its page (HTTP 200); a plain JSON 404 tells a
 * curious visitor, and a misconfigured scraper, that there is nothing here.
 */
@RestController
class PublicPortHidesActuator {

    @RequestMapping({"/actuator", "/actuator/**"})
    void nothingHere() {
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}

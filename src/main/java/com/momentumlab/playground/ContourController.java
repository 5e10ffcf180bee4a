package com.momentumlab.playground;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serves a function's contour lines as JSON, the same bytes for every user. A request naming the current
 * version may be cached for good; the ETag lets anything else revalidate cheaply. The ETag is weak because
 * Tomcat does not gzip a response with a strong one (the compressed bytes would differ).
 */
@RestController
class ContourController {

    private final PlaygroundService service;

    ContourController(PlaygroundService service) {
        this.service = service;
    }

    @GetMapping(value = "/contours/{functionKey}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> contours(@PathVariable String functionKey,
                                    @RequestParam(name = "v", required = false) String version) {
        return service.function(functionKey)
                .map(service::contours)
                .map(picture -> ResponseEntity.ok()
                        .eTag("W/\"" + picture.version() + "\"")
                        .cacheControl(picture.version().equals(version)
                                ? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
                                : CacheControl.noCache())
                        .body(picture.json()))
                // Through the error page, which answers JSON for this path (base.error.ErrorPages).
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}

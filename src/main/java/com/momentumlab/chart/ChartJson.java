package com.momentumlab.chart;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON writer for everything the chart component sends to the browser. */
final class ChartJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private ChartJson() {}

    /** Only our own records are written: a failure here is a programming error, thrown as Jackson's own. */
    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}

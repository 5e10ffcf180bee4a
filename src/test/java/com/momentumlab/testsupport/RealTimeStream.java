package com.momentumlab.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * For a browser test whose subject is the stream's timing (a run arriving in many pushes, a pause or a departure
 * mid-run): the run streams at its real pace, not at {@link BrowserTest}'s faster one. All such classes share
 * one server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@TestPropertySource(properties = "momentumlab.stream.time-scale=1")
public @interface RealTimeStream {
}

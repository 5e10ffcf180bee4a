package com.momentumlab.numerics.contour;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads test resources from the class path. */
final class TestResources {

    private TestResources() {}

    /** The numbers of a text resource: separated by commas and/or white space, lines starting with # skipped. */
    static double[] numbers(String path) {
        return text(path).lines()
                .filter(line -> !line.strip().startsWith("#"))
                .flatMap(line -> java.util.Arrays.stream(line.split("[,\\s]+")))
                .filter(token -> !token.isEmpty())
                .mapToDouble(Double::parseDouble)
                .toArray();
    }

    static String text(String path) {
        try (InputStream in = TestResources.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

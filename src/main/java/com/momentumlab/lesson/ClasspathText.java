package com.momentumlab.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reads UTF-8 text files from the classpath (works the same from target/classes and from the jar). */
final class ClasspathText {

    private ClasspathText() {}

    static Optional<String> read(String path) {
        ClassLoader loader = ClasspathText.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + path, e);
        }
    }

    static String require(String path) {
        return read(path).orElseThrow(() -> new IllegalStateException("missing classpath resource " + path));
    }
}

package com.momentumlab.build;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The frontend bundles in {@code src/main/bundles} are committed so that nobody needs npm to run or build the app.
 * A bundle that cannot be unpacked, or that was built from other frontend sources, is silently rebuilt by Vaadin
 * with npm on every start and test run (and the production build would ship old code). Rebuild a stale one:
 * dev, run {@code ./mvnw spring-boot:run} until the log says "Development frontend bundle built" and then a few
 * seconds more (the file is written after that line); prod, delete it and {@code target/classes/META-INF/VAADIN}
 * (the build zips that folder as it finds it, outputs of earlier builds included) and run
 * {@code ./mvnw -Pproduction -DskipTests package}.
 */
class CommittedBundlesTest {

    private static final Path FRONTEND = Path.of("frontend");

    @ParameterizedTest
    @ValueSource(strings = {"dev.bundle", "prod.bundle"})
    void eachBundleIsCompleteAndBuiltFromTheCurrentSources(String bundle) throws Exception {
        Path file = Path.of("src/main/bundles", bundle);
        List<String> sources;
        try (Stream<Path> files = Files.list(FRONTEND)) {
            sources = files.map(f -> f.getFileName().toString()).filter(name -> name.endsWith(".ts")).sorted().toList();
        }
        assertThat(sources).isNotEmpty();
        if (bundle.equals("prod.bundle")) {
            // The production bundle compiles the theme in; development mode serves it from the sources.
            sources = Stream.concat(sources.stream(), Stream.of("themes/momentum-lab/styles.css")).toList();
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry stats = zip.getEntry("config/stats.json");
            assertThat(stats).as("%s has config/stats.json", bundle).isNotNull();
            JsonNode hashes = new ObjectMapper().readTree(zip.getInputStream(stats)).path("frontendHashes");
            for (String source : sources) {
                assertThat(hashes.path(source).asText())
                        .as("%s was built from the current frontend/%s (rebuild it: see this test's comment)", bundle, source)
                        .isEqualTo(sha256(FRONTEND.resolve(source)));
            }
            if (bundle.equals("prod.bundle")) {
                assertThat(zip.stream().map(ZipEntry::getName)
                        .filter(name -> name.matches("webapp/VAADIN/build/generated-flow-imports-[^/]*\\.js")))
                        .as("prod.bundle holds the output of one build only (rebuild it: see this test's comment)")
                        .hasSize(1);
            }
        } catch (ZipException cut) {
            throw new AssertionError(bundle + " cannot be unpacked (rebuild it: see this test's comment)", cut);
        }
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}

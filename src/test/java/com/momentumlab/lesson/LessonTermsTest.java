package com.momentumlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One term for each idea, in the lesson, the quiz and the UI alike: every variant a text could slip into is
 * listed with the term the project uses instead, and no learner-visible text of that language may contain it.
 * Each preferred term must also be in use in all three places it is expected, so the list cannot go stale.
 */
class LessonTermsTest {

    /** A variant that must not appear, and the term to write instead (for the failure message). */
    private record Variant(Pattern pattern, String instead) {}

    private static Variant literal(String text, String instead) {
        return new Variant(Pattern.compile(Pattern.quote(text)), instead);
    }

    private static final Map<String, List<Variant>> VARIANTS = Map.of(
            "ja", List.of(
                    literal("普通の勾配降下法", "素の勾配降下法"),
                    literal("通常の勾配降下法", "素の勾配降下法"),
                    literal("単純な勾配降下法", "素の勾配降下法"),
                    literal("減衰型", "減衰付きの形"),
                    literal("レート", "収束率"),
                    literal("収束の速さ", "収束率"),
                    literal("速度・慣性", "速度 (velocity) and 慣性 (inertia) are two ideas"),
                    literal("モーメンタムSGD", "モーメンタム SGD"),
                    // The method's name is written in katakana; only the site's name, a file name and the name of a
                    // class in code (`Momentum`, `Momentum(lr=0.01)`) stay Latin.
                    new Variant(Pattern.compile("(?<!`)Momentum(?! Lab)(?!\\.java)"), "モーメンタム")),
            "en", List.of(
                    literal("vanilla", "plain gradient descent"),
                    literal("normal gradient descent", "plain gradient descent"),
                    literal("ordinary gradient descent", "plain gradient descent"),
                    literal("standard gradient descent", "plain gradient descent"),
                    literal("dampened", "damped form"),
                    literal("oscillating regime", "spiralling (complex roots) or sign-flipping")));

    /** The term used instead, and the texts it must appear in (lesson, quiz, ui). */
    private static final Map<String, Map<String, List<String>>> PREFERRED = Map.of(
            "ja", Map.of(
                    "素の勾配降下法", List.of("lesson", "quiz", "ui"),
                    "減衰付きの形", List.of("lesson", "quiz", "ui"),
                    "収束率", List.of("lesson", "quiz", "ui"),
                    "モーメンタム", List.of("lesson", "quiz", "ui")),
            "en", Map.of(
                    "plain gradient descent", List.of("lesson", "quiz", "ui"),
                    "damped form", List.of("lesson", "quiz", "ui"),
                    "Momentum", List.of("lesson", "quiz", "ui")));

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void noTextUsesAVariantOfAListedTerm(String language) {
        List<String> found = new ArrayList<>();
        texts(language).forEach((where, text) -> {
            for (Variant variant : VARIANTS.get(language)) {
                Matcher m = variant.pattern().matcher(text);
                while (m.find()) {
                    found.add(where + ": \"" + m.group() + "\" (write " + variant.instead() + ") in …"
                            + text.substring(Math.max(0, m.start() - 20), Math.min(text.length(), m.end() + 20)) + "…");
                }
            }
        });
        assertThat(found).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void everyPreferredTermIsInUseWhereItBelongs(String language) {
        Map<String, String> texts = texts(language);
        PREFERRED.get(language).forEach((term, places) -> {
            for (String place : places) {
                boolean used = texts.entrySet().stream()
                        .anyMatch(e -> e.getKey().startsWith(place) && e.getValue().contains(term));
                assertThat(used).as("%s in the %s (%s)", term, place, language).isTrue();
            }
        });
    }

    /** Every learner-visible text of one language, keyed "lesson NN-name", "quiz id", "ui key". */
    private static Map<String, String> texts(String language) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String line : resource("/lesson/sections.txt").lines().toList()) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                texts.put("lesson " + name, resource("/lesson/" + language + "/" + name + ".md"));
            }
        }
        for (JsonNode item : JsonMapper.builder().build().readTree(resource("/lesson/quiz.json"))) {
            texts.put("quiz " + item.get("id").asString(), item.get(language).toString());
        }
        Properties bundle = new Properties();
        String file = language.equals("en") ? "translations.properties" : "translations_" + language + ".properties";
        try (InputStream in = LessonTermsTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bundle.stringPropertyNames().stream().sorted().forEach(key -> texts.put("ui " + key, bundle.getProperty(key)));
        assertThat(texts).hasSizeGreaterThan(100);
        return texts;
    }

    private static String resource(String path) {
        try (InputStream in = LessonTermsTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package com.momentumlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LessonLibraryTest {

    static final LessonLibrary LIBRARY = new LessonLibrary();
    static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.JAPANESE};

    private static final List<String> ANCHORS = List.of("optimizer", "valley", "momentum", "convergence", "notation",
            "classic-example", "code", "optimizers", "tuning", "noise", "summary");

    private static final Map<String, List<String>> WIDGETS = Map.of(
            "valley", List.of("compare-sgd-momentum"),
            "notation", List.of("notation-compare"),
            "classic-example", List.of("classic-preset"),
            "noise", List.of("noise-preset"),
            "code", List.of("code-java", "code-numpy", "code-book"));

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void everySectionExistsInOrderWithATitleAndItsAnchorOnTheHeading(String language) {
        Lesson lesson = LIBRARY.lesson(Locale.forLanguageTag(language));

        assertThat(lesson.locale().getLanguage()).isEqualTo(language);
        assertThat(lesson.sections()).extracting(LessonSection::anchor).containsExactlyElementsOf(ANCHORS);
        assertThat(lesson.sections()).extracting(LessonSection::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        for (LessonSection section : lesson.sections()) {
            assertThat(section.title()).as(section.anchor()).isNotBlank().doesNotStartWith("#");
            Document doc = Jsoup.parseBodyFragment(section.html());
            assertThat(doc.select("h1")).as(section.anchor()).isEmpty(); // the page's title is the only h1
            assertThat(doc.select("h2")).as(section.anchor()).hasSize(1);
            assertThat(doc.selectFirst("h2").id()).isEqualTo(section.anchor());
            assertThat(doc.selectFirst("h2").text()).isEqualTo(section.title());
            assertThat(doc.select("h3, h4").eachAttr("id")).allSatisfy(id -> assertThat(id).startsWith(section.anchor() + "-"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void widgetMarkersStandWhereThePageNeedsThem(String language) {
        for (LessonSection section : LIBRARY.lesson(Locale.forLanguageTag(language)).sections()) {
            List<String> expected = WIDGETS.getOrDefault(section.anchor(), List.of());
            assertThat(section.widgets()).as(language + " " + section.anchor()).containsExactlyElementsOf(expected);
            assertThat(Jsoup.parseBodyFragment(section.html()).select("div.lesson-widget").eachAttr("data-widget"))
                    .containsExactlyElementsOf(expected);
            assertThat(section.html()).doesNotContain("[[widget:");
        }
    }

    @Test
    void blocksSplitTheCodeSectionAroundItsThreeWidgetsAndEachTextBlockHasOneRoot() {
        for (Locale locale : LANGUAGES) {
            LessonSection code = LIBRARY.lesson(locale).section("code").orElseThrow();

            assertThat(code.blocks()).extracting(b -> b.getClass().getSimpleName())
                    .containsExactly("Text", "Widget", "Text", "Widget", "Text", "Widget", "Text");
            assertThat(code.blocks()).filteredOn(LessonBlock.Widget.class::isInstance)
                    .extracting(b -> ((LessonBlock.Widget) b).name()).containsExactly("code-java", "code-numpy", "code-book");
            for (LessonBlock block : code.blocks()) {
                if (block instanceof LessonBlock.Text text) {
                    Document doc = Jsoup.parseBodyFragment(text.html());
                    assertThat(doc.body().children()).hasSize(1);
                    assertThat(doc.body().child(0).className()).isEqualTo("lesson-text");
                }
            }
        }
    }

    @Test
    void blocksTogetherHoldTheWholeSectionText() {
        for (Locale locale : LANGUAGES) {
            for (LessonSection section : LIBRARY.lesson(locale).sections()) {
                String fromBlocks = section.blocks().stream()
                        .filter(LessonBlock.Text.class::isInstance)
                        .map(b -> Jsoup.parseBodyFragment(((LessonBlock.Text) b).html()).text())
                        .reduce("", (a, b) -> a + " " + b).strip();
                assertThat(fromBlocks).isEqualTo(Jsoup.parseBodyFragment(section.html()).text());
            }
        }
    }

    @Test
    void aNestedWidgetMarkerIsRejected() {
        String html = new MarkdownRenderer().render("* item\n\n  [[widget:code-java]]\n", "x").html();

        assertThatThrownBy(() -> LessonLibrary.splitAtWidgets(html, "test.md"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("top-level");
    }

    @Test
    void japaneseLocalesGetJapaneseAndEveryOtherLocaleEnglish() {
        assertThat(LIBRARY.lesson(Locale.JAPAN)).isSameAs(LIBRARY.lesson(Locale.JAPANESE));
        assertThat(LIBRARY.lesson(Locale.FRENCH)).isSameAs(LIBRARY.lesson(Locale.ENGLISH));
        assertThat(LIBRARY.lesson(null)).isSameAs(LIBRARY.lesson(Locale.ENGLISH));
        assertThat(LIBRARY.lesson(Locale.JAPAN).sections().get(0).title())
                .isNotEqualTo(LIBRARY.lesson(Locale.US).sections().get(0).title());
    }

    @Test
    void everyMarkdownFileOfTheProjectIsAListedSection() throws IOException {
        List<String> listed = Files.readAllLines(Path.of("src/main/resources/lesson/sections.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        for (String language : List.of("en", "ja")) {
            try (Stream<Path> files = Files.list(Path.of("src/main/resources/lesson", language))) {
                assertThat(files.map(p -> p.getFileName().toString().replaceFirst("\\.md$", "")))
                        .as(language).containsExactlyInAnyOrderElementsOf(listed);
            }
        }
    }

    @Test
    void theJavaSourceIsTheRealOptimizerFile() throws IOException {
        assertThat(LIBRARY.javaMomentumSource())
                .isEqualTo(Files.readString(Path.of("src/main/java/com/momentumlab/numerics/optim/Momentum.java")))
                .contains("vx = m.beta * vx - m.learningRate * g.x();");
    }

    @Test
    void theNumpySourceIsOurFile() throws IOException {
        assertThat(LIBRARY.numpySource())
                .isEqualTo(Files.readString(Path.of("src/main/resources/lesson/code/momentum.py")))
                .contains("def momentum_path(start, lr, beta, steps):", "v = beta * v - lr * g", "theta = theta + v");
    }

    @Test
    void theBookStyleSourceIsOurFileWithTheBooksInterface() throws IOException {
        assertThat(LIBRARY.bookSource())
                .isEqualTo(Files.readString(Path.of("src/main/resources/lesson/code/momentum_book.py")))
                .contains("def __init__(self, lr=0.01, momentum=0.9):", "def update(self, params, grads):",
                        "self.v = None", "np.zeros_like(p)");
    }

    @Test
    void theLessonCannotBeChangedFromOutside() {
        Lesson lesson = LIBRARY.lesson(Locale.ENGLISH);

        assertThatThrownBy(() -> lesson.sections().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> lesson.sections().get(6).widgets().add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}

package com.momentumlab.lesson;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The concept quiz, loaded once from {@code lesson/quiz.json} and checked: unique ids, an answer index that
 * exists, the same number of choices in both languages, no blank text. Immutable and safe to share.
 *
 * <p>File format: a JSON array of
 * {@code {"id", "answer", "en": {"question", "choices": [...], "explanation"}, "ja": {...}}}.
 */
public final class Quiz {

    static final String PATH = LessonLibrary.ROOT + "quiz.json";

    /** The file's shape; Jackson fills it (unknown or missing keys are errors). */
    record JsonItem(String id, Integer answer, JsonText en, JsonText ja) {}

    record JsonText(String question, List<String> choices, String explanation) {}

    private final Map<LessonLanguage, List<QuizItem>> items = new EnumMap<>(LessonLanguage.class);

    public Quiz() {
        this(new MarkdownRenderer());
    }

    public Quiz(MarkdownRenderer renderer) {
        this(ClasspathText.require(PATH), renderer);
    }

    /** Parses and checks quiz JSON; throws {@link IllegalStateException} naming the first problem. */
    Quiz(String json, MarkdownRenderer renderer) {
        List<JsonItem> parsed = parse(json);
        Set<String> ids = new HashSet<>();
        for (JsonItem item : parsed) {
            if (item.id() == null || item.id().isBlank() || !ids.add(item.id())) {
                throw new IllegalStateException("missing or repeated quiz id: " + item.id());
            }
            if (item.answer() == null || item.en() == null || item.ja() == null) {
                throw new IllegalStateException(item.id() + ": needs answer, en and ja");
            }
            if (item.en().choices() == null || item.ja().choices() == null
                    || item.en().choices().size() != item.ja().choices().size()) {
                throw new IllegalStateException(item.id() + ": en and ja need the same number of choices");
            }
        }
        for (LessonLanguage language : LessonLanguage.values()) {
            List<QuizItem> list = new ArrayList<>();
            for (JsonItem item : parsed) {
                list.add(toItem(item, language == LessonLanguage.JA ? item.ja() : item.en(), renderer));
            }
            items.put(language, List.copyOf(list));
        }
    }

    /** The questions in Japanese for a {@code ja} locale, in English for any other. */
    public List<QuizItem> items(Locale locale) {
        return items.get(LessonLanguage.of(locale));
    }

    private static List<JsonItem> parse(String json) {
        JsonMapper mapper = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try {
            return List.of(mapper.readValue(json, JsonItem[].class));
        } catch (JacksonException e) {
            throw new IllegalStateException("quiz JSON is malformed", e);
        }
    }

    private static QuizItem toItem(JsonItem item, JsonText text, MarkdownRenderer renderer) {
        if (isBlank(text.question()) || isBlank(text.explanation()) || text.choices().stream().anyMatch(Quiz::isBlank)) {
            throw new IllegalStateException(item.id() + ": blank question, choice or explanation");
        }
        try {
            return new QuizItem(item.id(), item.answer(), rich(text.question(), renderer),
                    text.choices().stream().map(c -> rich(c, renderer)).toList(),
                    rich(text.explanation(), renderer));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(item.id() + ": " + e.getMessage(), e);
        }
    }

    private static RichText rich(String source, MarkdownRenderer renderer) {
        return new RichText(source, renderer.renderInline(source));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}

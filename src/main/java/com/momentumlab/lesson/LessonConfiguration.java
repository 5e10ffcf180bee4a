package com.momentumlab.lesson;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The lesson's content as shared beans: the Markdown is read and rendered once, when the application starts,
 * and every browser tab shows the same immutable {@link LessonLibrary} and {@link Quiz}.
 */
@Configuration(proxyBeanMethods = false)
public class LessonConfiguration {

    @Bean
    MarkdownRenderer markdownRenderer() {
        return new MarkdownRenderer();
    }

    @Bean
    LessonLibrary lessonLibrary(MarkdownRenderer renderer) {
        return new LessonLibrary(renderer);
    }

    @Bean
    Quiz quiz(MarkdownRenderer renderer) {
        return new Quiz(renderer);
    }
}

package com.momentumlab.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Both languages must say everything, with the same placeholders. */
class TranslationBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyKeyExistsInBothLanguages() throws IOException {
        Properties en = load("translations.properties");
        Properties ja = load("translations_ja.properties");
        assertThat(ja.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(en).isNotEmpty();
    }

    @Test
    void noTranslationIsBlank() throws IOException {
        for (String file : new String[] {"translations.properties", "translations_ja.properties"}) {
            Properties p = load(file);
            p.stringPropertyNames().forEach(key ->
                    assertThat(p.getProperty(key)).as(file + " " + key).isNotBlank());
        }
    }

    @Test
    void bothLanguagesUseTheSamePlaceholders() throws IOException {
        Properties en = load("translations.properties");
        Properties ja = load("translations_ja.properties");
        for (String key : en.stringPropertyNames()) {
            assertThat(placeholders(ja.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
        }
    }

    @Test
    void apostrophesAreDoubledWhereMessageFormatReadsThem() throws IOException {
        for (String file : new String[] {"translations.properties", "translations_ja.properties"}) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                if (PLACEHOLDER.matcher(text).find()) {
                    assertThat(text.replace("''", "")).as(file + " " + key).doesNotContain("'");
                }
            }
        }
    }

    @Test
    void japaneseTextIsReadAsUtf8() throws IOException {
        assertThat(load("translations_ja.properties").getProperty("language.ja")).isEqualTo("日本語");
        TranslationProvider provider = new TranslationProvider();
        assertThat(provider.getTranslation("button.run", Locale.JAPANESE)).isEqualTo("実行");
        assertThat(provider.getTranslation("button.run", Locale.ENGLISH)).isEqualTo("Run");
        assertThat(provider.getTranslation("button.run", Locale.FRENCH)).isEqualTo("Run");
        assertThat(provider.getTranslation("status.done", Locale.JAPANESE, 30)).isEqualTo("完了：30 ステップ。");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}

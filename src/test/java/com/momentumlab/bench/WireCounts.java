package com.momentumlab.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the server sends ({@code BrowserBench BASE_URL wire [--query Q]}): the first response of the page, then
 * every message of one streamed run (the push connection's, recorded by {@link Wire}), counted as characters,
 * node changes and calls. Exact counts, not timings, so two builds compare on any machine.
 */
final class WireCounts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WireCounts() {}

    static void print(Chromium chromium, String url) throws Exception {
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            page.addInitScript(Wire.SCRIPT);
            page.navigate(url); // English (BrowserBench adds lang=en): the run ends with "Done:"
            page.waitForFunction("() => document.querySelector('#status')?.textContent.startsWith('Done')");
            Map<String, Object> first = received(page).stream()
                    .max((a, b) -> Integer.compare(size(a), size(b))).orElseThrow();
            System.out.println("first response: " + counts(first));

            Wire.clear(page);
            page.locator("#run").click();
            // The status said "Done" before the click too: wait for the message that says it again.
            page.waitForFunction("() => window.__wire.received.some(m => m.text.includes('Done:'))");
            List<Map<String, Object>> run = received(page);
            long characters = run.stream().mapToLong(WireCounts::size).sum();
            System.out.printf(Locale.ROOT, "one run: %d messages, %d characters, %.0f per message%n",
                    run.size(), characters, (double) characters / run.size());
            // A streamed step in the middle of the run: neither the Run answer nor the last one ("Done").
            System.out.println("a streamed step: " + counts(run.get(run.size() / 2)));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> received(Page page) {
        return (List<Map<String, Object>>) page.evaluate("() => window.__wire.received.map(m => ({size: m.size, text: m.text}))");
    }

    private static int size(Map<String, Object> message) {
        return ((Number) message.get("size")).intValue();
    }

    private static String counts(Map<String, Object> message) throws Exception {
        String text = (String) message.get("text");
        // A push starts with its length and '|'; every message then has Vaadin's "for(;;);" guard.
        JsonNode body = JSON.readTree(text.substring(text.indexOf("for(;;);") + "for(;;);".length())).get(0);
        return String.format(Locale.ROOT, "%d characters, %d node changes, %d calls", size(message),
                body.path("changes").size(), body.path("execute").size());
    }
}

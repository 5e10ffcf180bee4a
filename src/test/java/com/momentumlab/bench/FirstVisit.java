package com.momentumlab.bench;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.microsoft.playwright.options.WaitUntilState;

/**
 * A learner's first visit: a new browser profile (empty cache) opens the lab. Measured from the start of the
 * navigation to the first frame in which the contour chart shows its lines, and the bytes that crossed the network
 * for everything the page loaded by then (the Resource Timing transfer sizes, compressed as served).
 */
final class FirstVisit {

    /** Polls every frame until the chart has drawn, then reports when that was and what had been transferred. */
    private static final String CHART_SHOWN = """
            () => new Promise(resolve => {
              const check = () => {
                if (document.querySelector('apex-chart#chart .apexcharts-series path.apexcharts-line')) {
                  const entries = [...performance.getEntriesByType('navigation'),
                                   ...performance.getEntriesByType('resource')];
                  resolve({ millis: performance.now(),
                            bytes: entries.reduce((sum, e) => sum + (e.transferSize || 0), 0) });
                } else {
                  requestAnimationFrame(check);
                }
              };
              check();
            })""";

    private FirstVisit() {}

    static void print(Chromium chromium, String url, int reps) {
        try (BrowserContext warmUp = chromium.newContext()) {
            new LabPage(warmUp.newPage()).open(url); // the server's caches and JIT, not the browser's
        }
        List<Double> millis = new ArrayList<>();
        List<Double> kilobytes = new ArrayList<>();
        for (int rep = 1; rep <= reps; rep++) {
            try (BrowserContext context = chromium.newContext()) {
                Page page = context.newPage();
                page.navigate(url, new Page.NavigateOptions().setWaitUntil(
                        WaitUntilState.COMMIT));
                @SuppressWarnings("unchecked")
                Map<String, Number> shown = (Map<String, Number>) page.evaluate(CHART_SHOWN);
                millis.add(shown.get("millis").doubleValue());
                kilobytes.add(shown.get("bytes").doubleValue() / 1024);
                System.out.printf(Locale.ROOT, "rep %d: load %s | chart shown %.0f ms | %.0f KB transferred%n", rep,
                        Load.now(), millis.getLast(), kilobytes.getLast());
            }
        }
        System.out.println("navigation → chart shown: " + Stats.of(millis).millis());
        System.out.printf(Locale.ROOT, "transferred: median %.0f KB, max %.0f KB%n",
                kilobytes.stream().sorted().toList().get(kilobytes.size() / 2),
                kilobytes.stream().mapToDouble(Double::doubleValue).max().orElse(0));
    }
}

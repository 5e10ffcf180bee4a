package com.momentumlab.bench;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;

/**
 * The lab page in the browser, with a probe that records what the benchmarks read: the chart's own
 * {@code performance.measure} entries ({@code overlay-append}, {@code overlays-set}), long animation frames,
 * the time stamps of the user's input events and the moment a given point of the Momentum path is on screen.
 */
final class LabPage {

    private static final String PROBE = """
            () => {
              const bench = window.__bench = { measures: [], longFrames: [], events: [], painted: [] };
              // Runs after the frame that follows the call is rendered: a task posted from an animation callback, with
              // the priority that keeps it ahead of the next server pushes (as the chart's own UpdateTimer does).
              bench.afterFrame = (callback) => requestAnimationFrame(
                  () => scheduler.postTask(callback, { priority: 'user-blocking' }));
              new PerformanceObserver((list) => list.getEntries().forEach((e) => bench.measures.push(
                  { name: e.name, start: e.startTime, end: e.startTime + e.duration, detail: e.detail })))
                .observe({ type: 'measure' });
              try {
                new PerformanceObserver((list) => list.getEntries().forEach((e) => bench.longFrames.push(
                    { start: e.startTime, duration: e.duration, blocking: e.blockingDuration })))
                  .observe({ type: 'long-animation-frame' });
              } catch (unsupported) {}
              for (const type of ['click', 'pointerdown', 'input', 'change']) {
                document.addEventListener(type, (e) => bench.events.push(
                    { type, t: e.timeStamp, ids: e.composedPath().map((n) => n.id).filter(Boolean) }), true);
              }
              document.querySelector('apex-chart#chart').addEventListener('overlay-drawn', (e) => {
                if (e.detail.id === 'momentum') {
                  const count = e.detail.count;
                  bench.afterFrame(() => bench.painted.push({ count, t: performance.now() }));
                }
              });
            }
            """;

    final Page page;

    LabPage(Page page) {
        this.page = page;
    }

    /** Opens the lab and waits until the contours are drawn and the first run, which plays by itself, is done. */
    void open(String url) {
        page.navigate(url);
        page.waitForFunction("() => document.querySelector('apex-chart#chart')?.seriesCount() > 0");
        waitUntilDone();
        page.evaluate(PROBE);
    }

    void waitUntilDone() {
        page.waitForFunction("() => /^Done/.test(document.querySelector('#status')?.textContent ?? '')");
    }

    /** Forgets everything recorded so far. */
    void clear() {
        page.evaluate("() => { const b = window.__bench; b.measures = []; b.longFrames = []; b.events = []; b.painted = []; }");
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> recorded(String what) {
        return (List<Map<String, Object>>) page.evaluate("w => window.__bench[w]", what);
    }

    /** Time stamp of the last input event of {@code type} on the element {@code id} (or inside it). */
    double eventTime(String type, String id) {
        Object t = page.evaluate("([type, id]) => window.__bench.events.filter(e => e.type === type && e.ids.includes(id))"
                + ".map(e => e.t).pop() ?? null", List.of(type, id));
        if (t == null) {
            throw new IllegalStateException("no " + type + " event on #" + id);
        }
        return ((Number) t).doubleValue();
    }

    static double number(Map<String, Object> entry, String key) {
        return ((Number) entry.get(key)).doubleValue();
    }
}

package com.momentumlab.bench;

import com.microsoft.playwright.Page;
import com.momentumlab.testsupport.ChartProbe;
import java.util.List;
import java.util.Map;

/**
 * The lab page in the browser, with a probe that records what the benchmarks read: {@code performance.measure}
 * entries it makes around the chart's update calls ({@code overlay-append}, {@code overlays-set}), long animation frames,
 * the time stamps of the user's input events and the moment a given point of the Momentum path is on screen.
 */
final class LabPage {

    private static final String PROBE = """
            () => {
              const bench = window.__bench = { measures: [], longFrames: [], events: [], painted: [] };
              // Runs after the frame that follows the call is rendered: a task posted from an animation callback, with
              // the priority that keeps it ahead of the next server pushes.
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
              // The chart's update calls, timed from here: a measure from the first call of a task to the end of the
              // frame that shows it, split into script (to the end of that task), wait (to the next frame) and render
              // (from that frame's animation callbacks to the next frame's, so at least one frame interval when frames
              // follow each other). frame is that frame's own work: its animation callbacks, style, layout, paint and
              // commit, up to a task posted from its animation callback. script + frame is the work the update cost.
              const chart = document.querySelector('apex-chart#chart');
              const momentumMarkers = () => chart.querySelectorAll("g.overlay-path[data-id='momentum'] circle").length;
              const timed = (method, name, after) => {
                const original = chart[method];
                let pending = false;
                chart[method] = function (...args) {
                  if (!pending) {
                    pending = true;
                    const start = performance.now();
                    queueMicrotask(() => {
                      pending = false;
                      const scriptEnd = performance.now();
                      requestAnimationFrame(() => {
                        const frameStart = performance.now();
                        let frameEnd;
                        scheduler.postTask(() => (frameEnd = performance.now()), { priority: 'user-blocking' });
                        bench.afterFrame(() => {
                          const end = performance.now();
                          performance.measure(name, { start, end, detail: { script: scriptEnd - start,
                              wait: frameStart - scriptEnd, render: end - frameStart, frame: frameEnd - frameStart } });
                        });
                      });
                    });
                  }
                  const result = original.apply(this, args);
                  after?.();
                  return result;
                };
              };
              timed('appendOverlayPoints', 'overlay-append', () => {
                const count = momentumMarkers();
                bench.afterFrame(() => bench.painted.push({ count, t: performance.now() }));
              });
              timed('setOverlays', 'overlays-set');
            }
            """;

    final Page page;

    LabPage(Page page) {
        this.page = page;
    }

    /** Opens the lab and waits until the contours are drawn and the first run, which plays by itself, is done. */
    void open(String url) {
        page.navigate(url);
        page.waitForFunction(ChartProbe.seriesDrawn("apex-chart#chart"));
        waitUntilDone();
        page.evaluate(PROBE);
    }

    void waitUntilDone() {
        waitUntilDone(new Page.WaitForFunctionOptions());
    }

    void waitUntilDone(Page.WaitForFunctionOptions options) {
        page.waitForFunction("() => /^Done/.test(document.querySelector('#status')?.textContent ?? '')", null, options);
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

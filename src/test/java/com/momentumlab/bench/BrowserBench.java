package com.momentumlab.bench;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.momentumlab.testsupport.ChartProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a learner waits for in the browser: not a test, run by hand against a running application (the
 * production jar; see docs/PERFORMANCE.md, "Browser and start-up").
 *
 * <pre>
 * BrowserBench BASE_URL run    [--reps N]                   Run → the 31st point of the classic run on screen
 * BrowserBench BASE_URL stream [--reps N] [--query Q] [--remove ID,...] [--trace DIR]
 *                                                            browser work per streamed step
 * BrowserBench BASE_URL change [--reps N] [--query Q] [--trace DIR] [--eval JS]
 *                                                            parameter change → first new point on screen
 * BrowserBench BASE_URL first [--reps N]                   a first visit: navigation → chart shown, bytes
 *                                                            transferred (see {@link FirstVisit})
 * BrowserBench BASE_URL size                                JS and CSS served, raw and compressed
 * BrowserBench BASE_URL wire [--query Q]                    the first response and a streamed run: characters,
 *                                                            node changes and calls (see {@link WireCounts})
 * </pre>
 *
 * {@code --query} is appended to {@code ?lang=en} (e.g. {@code &opt=sgd,adam}); {@code --remove} takes elements
 * out of the page before measuring (e.g. {@code loss-chart,iterate-table}), to see what each one costs.
 * With {@code --trace}, {@code change} also records the push connection's messages and times the chart's calls
 * (see {@link Wire}); it writes each change's server message and a Chromium trace to DIR and prints where the
 * time went; {@code --eval} runs a script on the page before measuring (an experiment, e.g. a style). The
 * recording itself costs a little: compare timings only between runs without it.
 */
public final class BrowserBench {

    /** The classic run: 30 steps, so the Momentum path ends with its 31st point. */
    private static final int CLASSIC_POINTS = 31;

    private final String base;
    private final Chromium chromium;
    private int reps = 10;
    private String query = "";
    private List<String> removed = List.of();
    private Path traceDir;
    private String script;

    private BrowserBench(String base, Chromium chromium) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.chromium = chromium;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: BrowserBench BASE_URL run|stream|change|first|size|wire [options]");
        }
        try (Chromium chromium = new Chromium()) {
            BrowserBench bench = new BrowserBench(args[0], chromium);
            for (int i = 2; i < args.length; i++) {
                switch (args[i]) {
                    case "--reps" -> bench.reps = Integer.parseInt(args[++i]);
                    case "--query" -> bench.query = args[++i];
                    case "--remove" -> bench.removed = List.of(args[++i].split(","));
                    case "--trace" -> bench.traceDir = Path.of(args[++i]);
                    case "--eval" -> bench.script = args[++i];
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            System.out.printf("Chromium %s, load %s%n", chromium.version(), Load.now());
            switch (args[1]) {
                case "run" -> bench.runToLastPoint();
                case "stream" -> bench.streaming();
                case "change" -> bench.changes();
                case "first" -> FirstVisit.print(chromium, bench.url(), bench.reps);
                case "size" -> ServedSize.print(chromium, bench.url());
                case "wire" -> WireCounts.print(chromium, bench.url());
                default -> throw new IllegalArgumentException("unknown scenario " + args[1]);
            }
            System.out.printf("load at the end %s%n", Load.now());
        }
    }

    private String url() {
        return base + "/?lang=en" + query;
    }

    /** From the click on Run to the frame that shows the last point, and to the one that shows the first. */
    private void runToLastPoint() {
        try (BrowserContext context = chromium.newContext()) {
            LabPage lab = new LabPage(context.newPage());
            lab.open(url());
            List<Double> first = new ArrayList<>();
            List<Double> last = new ArrayList<>();
            for (int rep = 1; rep <= reps; rep++) {
                lab.clear();
                lab.page.locator("#run").click();
                lab.page.waitForFunction("n => window.__bench.painted.some(p => p.count === n)", CLASSIC_POINTS);
                double click = lab.eventTime("click", "run");
                double firstShown = paintedAt(lab, 2) - click;
                double lastShown = paintedAt(lab, CLASSIC_POINTS) - click;
                first.add(firstShown);
                last.add(lastShown);
                System.out.printf(Locale.ROOT, "rep %d: load %s | first new point %.0f ms | last point %.0f ms%n",
                        rep, Load.now(), firstShown, lastShown);
                lab.waitUntilDone();
                lab.page.waitForTimeout(500);
            }
            System.out.println("Run → first new point: " + Stats.of(first).millis());
            System.out.println("Run → 31st point: " + Stats.of(last).millis());
        }
    }

    private static double paintedAt(LabPage lab, int count) {
        return lab.recorded("painted").stream().filter(p -> LabPage.number(p, "count") == count)
                .mapToDouble(p -> LabPage.number(p, "t")).findFirst()
                .orElseThrow(() -> new IllegalStateException("point " + count + " never drawn"));
    }

    /** The browser's work for each streamed step, from the probe's measures around the chart's calls and, with --trace, from a trace. */
    private void streaming() throws Exception {
        try (BrowserContext context = chromium.newContext()) {
            LabPage lab = new LabPage(context.newPage());
            lab.open(url());
            for (String id : removed) {
                // Out of the page, an element neither lays out nor paints, and a chart no longer draws.
                lab.page.evaluate("id => document.getElementById(id).remove()", id);
            }
            List<Double> latency = new ArrayList<>();
            List<Double> work = new ArrayList<>();
            List<Double> script = new ArrayList<>();
            List<Double> render = new ArrayList<>();
            List<Double> frameWork = new ArrayList<>();
            List<Double> ownWork = new ArrayList<>();
            List<Double> traced = new ArrayList<>();
            List<Double> tracedMessage = new ArrayList<>();
            int longFrames = 0;
            double longestFrame = 0;
            for (int rep = 1; rep <= reps; rep++) {
                lab.clear();
                if (traceDir != null) {
                    chromium.browser.startTracing(lab.page, TraceSteps.options());
                }
                lab.page.locator("#run").click();
                // Polled by a timer: Playwright's default polls in animation frames, adding a frame to every step.
                Page.WaitForFunctionOptions polling = new Page.WaitForFunctionOptions().setPollingInterval(100);
                lab.page.waitForFunction("n => window.__bench.painted.some(p => p.count === n)", CLASSIC_POINTS, polling);
                lab.waitUntilDone(polling);
                lab.page.waitForTimeout(300); // the last measure ends a frame later
                List<Map<String, Object>> appends = lab.recorded("measures").stream()
                        .filter(m -> "overlay-append".equals(m.get("name"))).toList();
                for (Map<String, Object> m : appends) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> detail = (Map<String, Object>) m.get("detail");
                    latency.add(LabPage.number(m, "end") - LabPage.number(m, "start"));
                    if (detail != null) { // older builds measured without the split
                        work.add(LabPage.number(detail, "script") + LabPage.number(detail, "render"));
                        script.add(LabPage.number(detail, "script"));
                        render.add(LabPage.number(detail, "render"));
                        if (detail.get("frame") != null) {
                            frameWork.add(LabPage.number(detail, "frame"));
                            ownWork.add(LabPage.number(detail, "script") + LabPage.number(detail, "frame"));
                        }
                    }
                }
                List<Map<String, Object>> frames = lab.recorded("longFrames");
                longFrames += frames.size();
                for (Map<String, Object> frame : frames) {
                    longestFrame = Math.max(longestFrame, LabPage.number(frame, "duration"));
                }
                String tracedText = "";
                if (traceDir != null) {
                    byte[] trace = chromium.browser.stopTracing();
                    Files.createDirectories(traceDir);
                    Files.write(traceDir.resolve("stream-" + rep + ".json"), trace);
                    TraceSteps steps = TraceSteps.parse(trace);
                    traced.addAll(steps.work());
                    tracedMessage.addAll(steps.messageTask());
                    tracedText = String.format(Locale.ROOT, " | trace: %d steps, work p50 %.1f max %.1f ms",
                            steps.work().size(), Stats.of(steps.work()).median(), Stats.of(steps.work()).max());
                }
                Stats repLatency = Stats.of(latency.subList(latency.size() - appends.size(), latency.size()));
                System.out.printf(Locale.ROOT, "rep %d: load %s | %d measures, duration p50 %.1f max %.1f ms | %d long frames%s%n",
                        rep, Load.now(), appends.size(), repLatency.median(), repLatency.max(), frames.size(), tracedText);
                lab.page.waitForTimeout(500);
            }
            System.out.println("overlay-append duration (call → frame done): " + Stats.of(latency).millis());
            if (!work.isEmpty()) {
                System.out.println("work = script + render:                      " + Stats.of(work).millis());
                System.out.println("  script (call → end of task):               " + Stats.of(script).millis());
                System.out.println("  render (frame start → next frame):         " + Stats.of(render).millis());
            }
            if (!ownWork.isEmpty()) {
                System.out.println("work = script + frame:                       " + Stats.of(ownWork).millis());
                System.out.println("  frame (that frame's own rendering):        " + Stats.of(frameWork).millis());
            }
            if (!traced.isEmpty()) {
                System.out.println("trace, main-thread busy per step:            " + Stats.of(traced).millis());
                System.out.println("trace, the push message's task alone:        " + Stats.of(tracedMessage).millis());
            }
            System.out.printf(Locale.ROOT, "long animation frames (> 50 ms): %d, longest %.0f ms%n", longFrames, longestFrame);
        }
    }

    /** From the input event to the frame that shows the complete new run, for the three ways to change it. */
    private void changes() throws Exception {
        try (BrowserContext context = chromium.newContext()) {
            LabPage lab = new LabPage(context.newPage());
            if (traceDir != null) {
                Files.createDirectories(traceDir);
                lab.page.addInitScript(Wire.SCRIPT);
            }
            lab.open(url());
            if (script != null) {
                lab.page.evaluate(script); // an experiment on the page (e.g. a style) before measuring
            }
            Page page = lab.page;
            for (String kind : List.of("field", "slider", "click")) {
                List<Double> total = new ArrayList<>();
                List<Double> untilCall = new ArrayList<>();
                List<Double> drawing = new ArrayList<>();
                for (int rep = 1; rep <= reps; rep++) {
                    lab.clear();
                    if (traceDir != null) {
                        Wire.clear(page);
                        chromium.browser.startTracing(page, TraceSteps.options());
                    }
                    boolean even = rep % 2 == 0;
                    double start = switch (kind) {
                        case "field" -> {
                            Locator input = page.locator("#field-beta input");
                            input.fill(even ? "0.9" : "0.8");
                            input.press("Tab");
                            yield lab.eventTime("change", "field-beta");
                        }
                        case "slider" -> {
                            page.locator("#slider-beta").press(even ? "ArrowRight" : "ArrowLeft");
                            yield lab.eventTime("input", "slider-beta");
                        }
                        default -> {
                            Locator chart = page.locator("apex-chart#chart");
                            double[] pixel = even ? ChartProbe.pixelOf(chart, -7, 2) : ChartProbe.pixelOf(chart, -6, 1.5);
                            BoundingBox box = chart.boundingBox();
                            page.mouse().click(box.x + pixel[0], box.y + pixel[1]);
                            yield lab.eventTime("pointerdown", "chart");
                        }
                    };
                    page.waitForFunction("t => window.__bench.measures.some(m => m.name === 'overlays-set' && m.start > t)", start);
                    Map<String, Object> set = lab.recorded("measures").stream()
                            .filter(m -> "overlays-set".equals(m.get("name")) && LabPage.number(m, "start") > start)
                            .findFirst().orElseThrow();
                    total.add(LabPage.number(set, "end") - start);
                    untilCall.add(LabPage.number(set, "start") - start);
                    drawing.add(LabPage.number(set, "end") - LabPage.number(set, "start"));
                    System.out.printf(Locale.ROOT, "%s %d: load %s | %.0f ms (to setOverlays %.0f, drawn %.0f)%n", kind, rep,
                            Load.now(), total.get(total.size() - 1), untilCall.get(untilCall.size() - 1),
                            drawing.get(drawing.size() - 1));
                    page.waitForTimeout(400);
                    if (traceDir != null) {
                        Files.write(traceDir.resolve("change-" + kind + "-" + rep + ".trace.json"), chromium.browser.stopTracing());
                        Wire.report(page, start, set, traceDir.resolve("change-" + kind + "-" + rep + ".message.json"));
                    }
                }
                System.out.println(kind + ": input → new run on screen: " + Stats.of(total).millis());
                System.out.println(kind + ":   input → setOverlays called: " + Stats.of(untilCall).millis());
                System.out.println(kind + ":   setOverlays → frame done:   " + Stats.of(drawing).millis());
            }
        }
    }
}

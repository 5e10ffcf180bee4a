package com.momentumlab.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The renderer's main-thread work per streamed step, read from a Chromium trace: the check on what the
 * probe's {@code overlay-append} measure ({@link LabPage}) sees. A step starts with the task that handles its server push
 * (a task that calls the push connection's {@code onmessage}) and lasts until the next push's task; its work is
 * the sum of the main thread's top-level tasks in that window (the message, animation callbacks, style,
 * layout, paint, timers, garbage collection), idle time excluded. The traces also open in DevTools'
 * Performance panel.
 */
record TraceSteps(List<Double> work, List<Double> messageTask) {

    private static final String TASK = "ThreadControllerImpl::RunTask";

    /** The DevTools timeline categories, with JavaScript samples (for attribution in DevTools). */
    static Browser.StartTracingOptions options() {
        return new Browser.StartTracingOptions().setCategories(List.of("devtools.timeline",
                "disabled-by-default-devtools.timeline", "disabled-by-default-devtools.timeline.frame",
                "blink.user_timing", "toplevel", "v8.execute", "disabled-by-default-v8.cpu_profiler"));
    }

    private record Task(long start, long duration) {
        long end() {
            return start + duration;
        }
    }

    static TraceSteps parse(byte[] json) throws IOException {
        JsonNode events = new ObjectMapper().readTree(json).get("traceEvents");
        long[] main = rendererMainThread(events);
        List<Task> tasks = new ArrayList<>();
        List<Long> pushCalls = new ArrayList<>();
        for (JsonNode e : events) {
            if (e.path("pid").asLong() != main[0]) {
                continue;
            }
            String name = e.path("name").asText();
            String phase = e.path("ph").asText();
            if (name.equals(TASK) && phase.equals("X") && e.path("tid").asLong() == main[1]) {
                tasks.add(new Task(e.path("ts").asLong(), e.path("dur").asLong()));
            } else if (name.equals("FunctionCall") && e.path("tid").asLong() == main[1] && isPushMessage(e)) {
                pushCalls.add(e.path("ts").asLong());
            }
        }
        tasks.sort(Comparator.comparingLong(Task::start));
        List<Task> topLevel = new ArrayList<>();
        long end = Long.MIN_VALUE;
        for (Task task : tasks) {
            if (task.start >= end) { // a task nested in another (a nested run loop) is counted with its parent
                topLevel.add(task);
                end = task.end();
            }
        }
        pushCalls.sort(null);
        List<Task> messages = new ArrayList<>();
        for (long start : pushCalls) {
            topLevel.stream().filter(t -> t.start <= start && start <= t.end()).findFirst()
                    .filter(t -> messages.isEmpty() || messages.get(messages.size() - 1) != t)
                    .ifPresent(messages::add);
        }
        List<Double> work = new ArrayList<>();
        List<Double> messageTask = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            Task message = messages.get(i);
            long from = message.start;
            long to = i + 1 < messages.size() ? messages.get(i + 1).start
                    : from + (i > 0 ? from - messages.get(i - 1).start : 100_000);
            long busy = topLevel.stream().filter(t -> t.start >= from && t.start < to).mapToLong(Task::duration).sum();
            work.add(busy / 1000.0);
            messageTask.add(message.duration / 1000.0);
        }
        return new TraceSteps(work, messageTask);
    }

    /** Vaadin's push connection (Atmosphere, {@code VAADIN/static/push/vaadinPush*.js}) handing a message over. */
    private static boolean isPushMessage(JsonNode functionCall) {
        JsonNode data = functionCall.path("args").path("data");
        return data.path("url").asText().contains("/VAADIN/static/push/vaadinPush")
                && data.path("functionName").asText().endsWith("onmessage");
    }

    /** pid and tid of the renderer main thread that recorded the probe's measures. */
    private static long[] rendererMainThread(JsonNode events) {
        List<long[]> mains = new ArrayList<>();
        for (JsonNode e : events) {
            if (e.path("ph").asText().equals("M") && e.path("name").asText().equals("thread_name")
                    && e.path("args").path("name").asText().equals("CrRendererMain")) {
                mains.add(new long[] {e.path("pid").asLong(), e.path("tid").asLong()});
            }
        }
        for (JsonNode e : events) {
            if (e.path("name").asText().equals("overlay-append")) {
                long pid = e.path("pid").asLong();
                return mains.stream().filter(m -> m[0] == pid).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no renderer main thread in process " + pid));
            }
        }
        throw new IllegalStateException("the trace has no overlay-append measure");
    }
}

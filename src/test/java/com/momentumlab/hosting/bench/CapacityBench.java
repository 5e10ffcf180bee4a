package com.momentumlab.hosting.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Capacity benchmark against a running server (the production jar), driven by {@link VaadinClient}s: no
 * browser, so one 2-core machine can play hundreds of learners. Not a test (not run by {@code mvn verify});
 * docs/PERFORMANCE.md, section "Capacity", says how to run it and what it measured.
 *
 * <pre>
 * heap     N        open N tabs, run once in each, then live heap per tab after a full GC (needs the server's pid);
 *                   also per tab of the second N/2 alone, once the server's per-thread buffers have grown;
 *                   -Dvaried: each tab starts from its own point, so tabs share no run (as real learners)
 * learners N SECS   N learners each pressing Run, watching the 30-step run stream in, thinking 1–3 s, again
 *                   (-Dwarmup=SECS: the same load first, not recorded, for a server whose JIT has compiled the code)
 * flood    N SECS   N new visitors in SECS seconds (page + init, then gone) while one learner keeps running
 * </pre>
 *
 * System properties: {@code base} (default http://127.0.0.1:8080), {@code management} (default
 * http://127.0.0.1:8081), {@code pid} (for heap: the server's process id, for jcmd).
 */
public final class CapacityBench {

    private static final String BASE = System.getProperty("base", "http://127.0.0.1:8080");
    private static final String MANAGEMENT = System.getProperty("management", "http://127.0.0.1:8081");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final AtomicInteger HISTOGRAMS = new AtomicInteger();

    private CapacityBench() {
    }

    public static void main(String[] args) throws Exception {
        if (!BASE.startsWith("http://127.0.0.1") && !BASE.startsWith("http://localhost")) {
            throw new IllegalArgumentException("loopback only");
        }
        switch (args[0]) {
            case "heap" -> heap(Integer.parseInt(args[1]));
            case "learners" -> learners(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            case "flood" -> flood(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            default -> throw new IllegalArgumentException("heap | learners | flood");
        }
        System.exit(0);
    }

    // ---------------------------------------------------------------------------------------------- heap

    private static void heap(int tabs) throws Exception {
        String pid = System.getProperty("pid");
        long before = liveHeap(pid);
        List<VaadinClient> clients = new ArrayList<>();
        // In two halves: the first also grows what the server keeps per thread rather than per tab (Jackson's
        // buffers sized to the largest response, Tomcat's request buffers), so the second half shows what each
        // further tab costs a server that is already in use.
        int firstHalf = tabs / 2;
        openTabs(firstHalf, clients);
        long middle = liveHeap(pid);
        double threadsMiddle = gauge("jvm.threads.live");
        openTabs(tabs - firstHalf, clients);
        long after = liveHeap(pid);
        // Each new server thread holds its own buffers: a count that grew in the second half inflates its figure.
        System.out.printf(Locale.ROOT, "server threads: %.0f with %d tabs, %.0f with %d%n", threadsMiddle, firstHalf,
                gauge("jvm.threads.live"), tabs);
        System.out.printf(Locale.ROOT, "open tabs (server): %.0f%n", gauge("momentumlab.ui.open"));
        System.out.printf(Locale.ROOT, "live heap: %.1f MB before, %.1f MB with %d tabs, %.1f MB with %d tabs%n",
                before / 1e6, middle / 1e6, firstHalf, after / 1e6, tabs);
        System.out.printf(Locale.ROOT, "per tab: %.1f KB over all %d tabs; %.1f KB for each of the last %d%n",
                (after - before) / 1024.0 / tabs, tabs, (after - middle) / 1024.0 / (tabs - firstHalf),
                tabs - firstHalf);
        // -Dhold=SECONDS keeps the tabs open, e.g. for a class histogram (jcmd PID GC.class_histogram).
        Thread.sleep(Long.getLong("hold", 0L) * 1000);
        clients.forEach(VaadinClient::close);
    }

    /** Opens tabs that each do what -Dparts says (open | open,push | open,push,run, the default). */
    private static void openTabs(int tabs, List<VaadinClient> clients) throws Exception {
        String parts = System.getProperty("parts", "open,push,run");
        List<VaadinClient> opened = new ArrayList<>();
        for (int i = 0; i < tabs; i++) {
            VaadinClient client = new VaadinClient(BASE);
            check(client.open(Boolean.getBoolean("varied") ? variedStart(clients.size() + i) : "") == 200, "open");
            if (parts.contains("push")) {
                client.connectPush();
            }
            if (parts.contains("run")) {
                client.pressRun();
            }
            opened.add(client);
        }
        for (VaadinClient client : opened) {
            check(!parts.contains("run") || client.awaitDone(60_000), "run done");
        }
        clients.addAll(opened);
        Thread.sleep(500);
    }

    /**
     * With -Dvaried, tab {@code n} starts from its own point, so no two tabs share a run or the texts that
     * describe it (as learners who each try their own values). Without it, every tab opens the classic example.
     */
    private static String variedStart(int n) {
        return String.format(Locale.ROOT, "x=-7&y=%.3f", 2 - n / 1000.0);
    }

    /**
     * Live bytes in the server's heap: the total of its class histogram (jcmd GC.class_histogram), which runs a
     * full GC and counts reachable objects only. The heap's used size after a GC moved by ±15 KB a tab between
     * runs of the same jar.
     */
    private static long liveHeap(String pid) throws Exception {
        Process jcmd = new ProcessBuilder("jcmd", pid, "GC.class_histogram").redirectErrorStream(true).start();
        String histogram = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        jcmd.waitFor();
        // -Dhistograms=DIR keeps each histogram (heap-1.txt, heap-2.txt…), e.g. to see which classes grew.
        String keep = System.getProperty("histograms");
        if (keep != null) {
            java.nio.file.Files.writeString(java.nio.file.Path.of(keep, "heap-" + HISTOGRAMS.incrementAndGet() + ".txt"), histogram);
        }
        Matcher total = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)").matcher(histogram);
        check(total.find(), "class histogram of " + pid);
        return Long.parseLong(total.group(1));
    }

    // ------------------------------------------------------------------------------------------ learners

    private static void learners(int count, int seconds) throws Exception {
        int warmup = Integer.getInteger("warmup", 0);
        if (warmup > 0) {
            // A freshly started JVM spends much of its first minutes of load compiling (JIT), not serving.
            System.out.printf(Locale.ROOT, "warm-up: the same load for %d s, not recorded%n", warmup);
            learnersPhase(count, warmup, false);
        }
        learnersPhase(count, seconds, true);
    }

    private static void learnersPhase(int count, int seconds, boolean record) throws Exception {
        double cpuBefore = counter("process.cpu.time");
        double compilingBefore = counter("jvm.compilation.time");
        askedToWait.set(0);
        List<Long> roundTrips = Collections.synchronizedList(new ArrayList<>());
        // Run presses sent once every learner had joined: streaming learners, without the tabs still opening.
        List<Long> roundTripsJoined = Collections.synchronizedList(new ArrayList<>());
        AtomicLong allJoinedAt = new AtomicLong(Long.MAX_VALUE);
        List<Long> runTimes = Collections.synchronizedList(new ArrayList<>());
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger turnedAway = new AtomicInteger();
        long end = System.currentTimeMillis() + seconds * 1000L;
        List<Thread> threads = new ArrayList<>();
        double overdueMax = 0;
        for (int i = 0; i < count; i++) {
            Thread thread = new Thread(() -> learner(end, roundTrips, roundTripsJoined, allJoinedAt, runTimes, errors, runs, turnedAway), "learner-" + i);
            thread.start();
            threads.add(thread);
            Thread.sleep(20); // ramp up: 50 new tabs a second
        }
        allJoinedAt.set(System.currentTimeMillis() + 1000); // the last tab has opened by then
        double streamsMax = 0;
        while (System.currentTimeMillis() < end) {
            streamsMax = Math.max(streamsMax, gauge("momentumlab.streams.active"));
            overdueMax = Math.max(overdueMax, gauge("momentumlab.streams.overdue"));
            Thread.sleep(1000);
        }
        for (Thread thread : threads) {
            thread.join(120_000);
        }
        if (!record) {
            return;
        }
        double cpuSeconds = (counter("process.cpu.time") - cpuBefore) / 1e9;
        System.out.printf(Locale.ROOT, "learners %d for %d s: %d runs, %d errors, %d turned away, %d runs asked to wait%n",
                count, seconds, runs.get(), errors.size(), turnedAway.get(), askedToWait.get());
        report("UIDL round trip (press Run)", roundTrips);
        report("  ... pressed once all had joined", roundTripsJoined);
        report("run drawn (Run -> 'Done', nominal 31 pushes x 80 ms)", runTimes);
        System.out.printf(Locale.ROOT, "server: streams at once max %.0f, overdue ticks max %.0f%n", streamsMax, overdueMax);
        System.out.printf(Locale.ROOT, "server CPU: %.1f s (%.1f ms per run); JIT compiling (elapsed, all compiler threads): %.1f s%n",
                cpuSeconds, cpuSeconds * 1000 / Math.max(1, runs.get()),
                (counter("jvm.compilation.time") - compilingBefore) / 1000);
        errors.stream().distinct().limit(10).forEach(e -> System.out.println("  error: " + e));
    }

    private static final AtomicInteger askedToWait = new AtomicInteger();

    private static void learner(long end, List<Long> roundTrips, List<Long> roundTripsJoined, AtomicLong allJoinedAt,
                                List<Long> runTimes,
                                ConcurrentLinkedQueue<String> errors, AtomicInteger runs, AtomicInteger turnedAway) {
        VaadinClient client = new VaadinClient(BASE);
        try {
            int status = client.open();
            if (status == 503) {
                turnedAway.incrementAndGet();
                return;
            }
            check(status == 200, "open: HTTP " + status);
            client.connectPush();
            long nextHeartbeat = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < end) {
                long start = System.nanoTime();
                long pressedAt = System.currentTimeMillis();
                long roundTrip = client.pressRun();
                roundTrips.add(roundTrip);
                if (pressedAt >= allJoinedAt.get()) {
                    roundTripsJoined.add(roundTrip);
                }
                if (client.askedToWait()) {
                    askedToWait.incrementAndGet();
                    Thread.sleep(ThreadLocalRandom.current().nextLong(1000, 3000));
                    continue;
                }
                if (!client.awaitDone(30_000)) {
                    errors.add("run not done within 30 s " + (client.lastProblem() == null ? "" : client.lastProblem()));
                    continue;
                }
                runTimes.add(System.nanoTime() - start);
                runs.incrementAndGet();
                Thread.sleep(ThreadLocalRandom.current().nextLong(1000, 3000));
                if (System.currentTimeMillis() > nextHeartbeat) {
                    check(client.heartbeat() == 200, "heartbeat");
                    nextHeartbeat += 30_000;
                }
            }
        } catch (Exception | AssertionError e) {
            errors.add(e.toString());
        } finally {
            client.close();
        }
    }

    // --------------------------------------------------------------------------------------------- flood

    private static void flood(int visitors, int seconds) throws Exception {
        List<Long> control = Collections.synchronizedList(new ArrayList<>());
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        long end = System.currentTimeMillis() + seconds * 1000L + 5_000;
        Thread controlUser = new Thread(() -> {
            VaadinClient client = new VaadinClient(BASE);
            try {
                check(client.open() == 200, "control open");
                client.connectPush();
                while (System.currentTimeMillis() < end) {
                    control.add(client.pressRun());
                    check(client.awaitDone(30_000), "control run done");
                    Thread.sleep(500);
                }
            } catch (Exception | AssertionError e) {
                errors.add("control: " + e);
            } finally {
                client.close();
            }
        });
        controlUser.start();
        Thread.sleep(2_000);
        AtomicInteger served = new AtomicInteger();
        AtomicInteger busy = new AtomicInteger();
        List<Long> openTimes = Collections.synchronizedList(new ArrayList<>());
        long interval = seconds * 1000L / visitors;
        List<Thread> visitorsThreads = new ArrayList<>();
        for (int i = 0; i < visitors; i++) {
            Thread visitor = new Thread(() -> {
                VaadinClient client = new VaadinClient(BASE);
                try {
                    long start = System.nanoTime();
                    int status = client.open();
                    openTimes.add(System.nanoTime() - start);
                    if (status == 200) {
                        served.incrementAndGet();
                    } else if (status == 503) {
                        busy.incrementAndGet();
                    } else {
                        errors.add("visitor: HTTP " + status);
                    }
                } catch (Exception e) {
                    errors.add("visitor: " + e);
                }
                // Gone without a word (no beacon, no heartbeat): the dead-tab reaper's job.
            });
            visitor.start();
            visitorsThreads.add(visitor);
            Thread.sleep(interval);
        }
        for (Thread visitor : visitorsThreads) {
            visitor.join(60_000);
        }
        controlUser.join(120_000);
        System.out.printf(Locale.ROOT, "flood: %d visitors in %d s: %d got the page, %d the busy page, %d errors%n",
                visitors, seconds, served.get(), busy.get(), errors.size());
        report("visitor: page + init", openTimes);
        report("control learner: UIDL round trip (press Run)", control);
        System.out.printf(Locale.ROOT, "server now: %.0f open tabs, %.0f sessions%n", gauge("momentumlab.ui.open"),
                gauge("tomcat.sessions.active.current"));
        errors.stream().distinct().limit(10).forEach(e -> System.out.println("  error: " + e));
    }

    // ------------------------------------------------------------------------------------------- helpers

    private static void report(String what, List<Long> nanos) {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            System.out.println(what + ": no samples");
            return;
        }
        System.out.printf(Locale.ROOT, "%s: n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms%n", what,
                sorted.size(), percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double percentile(List<Long> sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static final Pattern VALUE = Pattern.compile("\"statistic\":\"VALUE\",\"value\":([0-9.E+-]+)");
    private static final Pattern COUNT = Pattern.compile("\"statistic\":\"COUNT\",\"value\":([0-9.E+-]+)");

    /** A gauge's value from the server's management port. */
    private static double gauge(String nameAndTags) throws IOException, InterruptedException {
        return metric(nameAndTags, VALUE);
    }

    /** A counter's total from the server's management port (e.g. process.cpu.time in ns). */
    private static double counter(String name) throws IOException, InterruptedException {
        return counter(MANAGEMENT, name);
    }

    /** A counter's total from the management port at {@code management}. */
    static double counter(String management, String name) throws IOException, InterruptedException {
        return metric(management, name, COUNT);
    }

    private static double metric(String nameAndTags, Pattern statistic) throws IOException, InterruptedException {
        return metric(MANAGEMENT, nameAndTags, statistic);
    }

    private static double metric(String management, String nameAndTags, Pattern statistic)
            throws IOException, InterruptedException {
        String body = HTTP.send(HttpRequest.newBuilder(URI.create(management + "/actuator/metrics/" + nameAndTags)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = statistic.matcher(body);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }
}

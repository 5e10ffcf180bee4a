package com.momentumlab.hosting.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.momentumlab.bench.Stats;
import com.momentumlab.rooms.ValleyCount;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Study rooms under load, against running servers (production jars), with {@link VaadinClient}s: a facilitator and
 * N learners who each open the join page, type the room's code and a nickname, join, and follow over push, as the
 * browser's client engine does. Not a test; docs/PERFORMANCE.md, "Study rooms", says how to run it.
 *
 * <pre>
 * follow N CHANGES BASE...   the facilitator (on the first server) changes β CHANGES times; learners spread over the
 *                            servers in turn (one server: one replica; two with one Redis: the room split over both).
 *                            Per change: from sending it to the push that shows each learner's lab the new β.
 * submit TOTAL SECS N BASE   the facilitator (on BASE) starts the challenge (the valley from (−7, 2), f below
 *                            10⁻³ within 300 steps); N learners join and submit TOTAL α, β pairs spread over the
 *                            stability map, at an even rate over SECS seconds, each learner in turn; meanwhile a
 *                            control learner on the home page presses Run every 3 s. Then a fresh projector page's
 *                            board is checked against the ranking counted here ({@link ValleyCount}).
 * </pre>
 *
 * System property {@code management}: the servers' management ports (comma-separated, e.g.
 * {@code http://127.0.0.1:18581}), for the servers' CPU time over the changes.
 *
 * <p>Learners join a room from one address: only codes that name no room count against the join limit, so the
 * benchmark raises no join cap.
 */
public final class RoomsBench {

    private static final Pattern LEAD_LINK = Pattern.compile("room/([A-Z0-9]{6})/lead\\?key=([A-Za-z0-9_-]{22})");
    /** How long one learner may wait for a change before it counts as an error. */
    private static final long CHANGE_TIMEOUT_MS = 10_000;

    private RoomsBench() {
    }

    public static void main(String[] args) throws Exception {
        int numbers = args.length > 0 && args[0].equals("submit") ? 3 : 2;
        List<String> bases = Arrays.asList(args).subList(Math.min(numbers + 1, args.length), args.length);
        if (bases.isEmpty() || bases.stream().anyMatch(b -> !b.matches("http://(127\\.0\\.0\\.1|localhost):\\d+"))) {
            throw new IllegalArgumentException("follow N CHANGES http://127.0.0.1:PORT [http://127.0.0.1:PORT2] | "
                    + "submit TOTAL SECS N http://127.0.0.1:PORT (loopback only)");
        }
        switch (args[0]) {
            case "follow" -> follow(Integer.parseInt(args[1]), Integer.parseInt(args[2]), bases);
            case "submit" -> submit(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    bases.get(0));
            default -> throw new IllegalArgumentException("follow | submit");
        }
        System.exit(0);
    }

    // -------------------------------------------------------------------------------------------- follow

    private static void follow(int learners, int changes, List<String> bases) throws Exception {
        try (Room room = Room.open(bases.get(0))) {
            List<Learner> joined = room.join(learners, bases);
            System.out.printf(Locale.ROOT, "%d learners joined (%s)%n", joined.size(), perServer(joined, bases));
            List<Double> latencies = new ArrayList<>();
            List<Double> answers = new ArrayList<>();
            double cpuBefore = serverCpuSeconds();
            double ownCpuBefore = ownCpuSeconds();
            int missed = 0;
            double beta = 0;
            for (int i = 0; i < changes; i++) {
                beta = 0.5 + 0.01 * (i % 40); // each change a new value: β 0.50, 0.51, …
                double expected = beta;
                CountDownLatch seen = new CountDownLatch(joined.size());
                joined.forEach(learner -> learner.expect(expected, seen));
                long sent = System.nanoTime();
                answers.add(room.facilitator.type("field-beta", Double.toString(beta)) / 1e6);
                boolean all = seen.await(CHANGE_TIMEOUT_MS, TimeUnit.MILLISECONDS);
                for (Learner learner : joined) {
                    long at = learner.seenAt();
                    if (at > 0) {
                        latencies.add((at - sent) / 1e6);
                    } else {
                        missed++;
                    }
                }
                System.out.printf(Locale.ROOT, "change %2d: β %.2f %s%n", i + 1, beta, all ? "reached everyone"
                        : "missed by " + joined.stream().filter(l -> l.seenAt() == 0).count());
                Thread.sleep(500);
            }
            Thread.sleep(2000); // anything late still arrives
            double cpu = serverCpuSeconds() - cpuBefore;
            double ownCpu = ownCpuSeconds() - ownCpuBefore;
            double last = beta;
            long wrongAtEnd = joined.stream().filter(learner -> learner.beta() != last).count();
            int problems = (int) joined.stream().filter(learner -> learner.problem() != null).count();
            System.out.printf(Locale.ROOT, "change → learner's lab shows it, %d changes × %d learners: %s%n", changes,
                    joined.size(), latencies.isEmpty() ? "no samples" : Stats.of(latencies).millis());
            // With rooms in memory the facilitator's request tells this server's tabs before it answers.
            System.out.printf(Locale.ROOT, "facilitator's change answered: %s%n", Stats.of(answers).millis());
            System.out.printf(Locale.ROOT, "errors: %d changes not seen within %d ms, %d learners with a protocol "
                    + "problem, %d not on the final β %.2f%n", missed, CHANGE_TIMEOUT_MS, problems, wrongAtEnd, last);
            System.out.printf(Locale.ROOT, "server CPU over the changes (all servers of -Dmanagement): %.1f s, %.0f ms "
                    + "per change; this benchmark's own (reading every push, on the same machine): %.0f ms per change%n",
                    cpu, cpu * 1000 / changes, ownCpu * 1000 / changes);
            joined.stream().filter(l -> l.problem() != null).limit(3).forEach(l -> System.out.println("  " + l.problem()));
        }
    }

    // -------------------------------------------------------------------------------------------- submit

    /** The challenge: on the valley from (−7, 2), f below 10⁻³ within 300 steps (the lead page's defaults). */
    private static final double START_X = -7;
    private static final double START_Y = 2;
    private static final double THRESHOLD = 1e-3;
    private static final int MAX_STEPS = 300;
    private static final Pattern SCORED = Pattern.compile(
            "Your α = [^,]+, β = [^:]+: (f fell below the threshold after (\\d+) steps|f did not fall below|the run diverged)");
    private static final Pattern ROW = Pattern.compile("^(\\d+)\\. (.+): α = ([^,]+), β = ([^,]+), (\\d+ steps|did not reach it|diverged)$");
    private static final Pattern COUNT = Pattern.compile("Submissions so far: ([\\d,]+)");
    private static final long CONTROL_EVERY_MS = 3_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One submission as sent, and whether the learner's page said it was scored (as the server's own run scored it). */
    private record Sent(int learner, int order, double alpha, double beta, boolean scored, Integer serverSteps) {}

    /** Where a submission lands on the board: reached before not reached before diverged, fewer steps first. */
    private record Place(int kind, int steps) implements Comparable<Place> {

        static Place of(int counted) {
            return counted > 0 ? new Place(0, counted) : new Place(counted == 0 ? 1 : 2, 0);
        }

        @Override
        public int compareTo(Place other) {
            return kind != other.kind ? Integer.compare(kind, other.kind) : Integer.compare(steps, other.steps);
        }

        String text() {
            return switch (kind) {
                case 0 -> steps + " steps";
                case 1 -> "did not reach it";
                default -> "diverged";
            };
        }
    }

    private static void submit(int total, int seconds, int learners, String base) throws Exception {
        try (Room room = Room.open(base)) {
            room.facilitator.type("field-x0", "-7");
            room.facilitator.type("field-y0", "2");
            room.facilitator.click("challenge-start");
            check(room.facilitator.lastResponse().contains("start from (−7, 2) and bring f below 0.001")
                    && room.facilitator.lastResponse().contains("(at most 300)"), "the valley challenge started");
            List<Learner> joined = room.join(learners, List.of(base));
            System.out.printf(Locale.ROOT, "%d learners joined; %d submissions in %d s (%.1f a second)%n", joined.size(),
                    total, seconds, total / (double) seconds);

            VaadinClient control = new VaadinClient(base);
            check(control.open() == 200, "control learner's page");
            control.connectPush();
            room.keepAlive(control);
            List<Double> runAnswered = Collections.synchronizedList(new ArrayList<>());
            List<Double> runDone = Collections.synchronizedList(new ArrayList<>());
            ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
            AtomicInteger askedToWait = new AtomicInteger();
            AtomicBoolean submitting = new AtomicBoolean(true);
            Thread controlThread = Thread.ofPlatform().name("control").start(() -> {
                try {
                    while (submitting.get()) {
                        long pressed = System.nanoTime();
                        runAnswered.add(control.pressRun() / 1e6);
                        if (control.askedToWait()) {
                            askedToWait.incrementAndGet();
                        } else if (control.awaitDone(30_000)) {
                            runDone.add((System.nanoTime() - pressed) / 1e6);
                        } else {
                            errors.add("control: run not done within 30 s");
                        }
                        Thread.sleep(Math.max(0, CONTROL_EVERY_MS - (System.nanoTime() - pressed) / 1_000_000));
                    }
                } catch (Exception e) {
                    errors.add("control: " + e);
                }
            });
            Thread.sleep(2 * CONTROL_EVERY_MS); // a quiet baseline first

            List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
            List<Double> submitTimes = Collections.synchronizedList(new ArrayList<>());
            double cpuBefore = serverCpuSeconds();
            long period = seconds * 1_000_000_000L / total;
            long start = System.nanoTime() + 100_000_000L;
            List<Thread> threads = new ArrayList<>();
            for (int k = 0; k < joined.size(); k++) {
                int learner = k;
                threads.add(Thread.ofVirtual().start(() -> {
                    // Each learner in turn, one after the other: learner k sends numbers k, k + N, k + 2N, …
                    for (int order = learner; order < total; order += joined.size()) {
                        long wait = start + order * period - System.nanoTime();
                        try {
                            if (wait > 0) {
                                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                            }
                            sent.add(submitOne(joined.get(learner), learner, order, submitTimes));
                        } catch (Exception e) {
                            errors.add("learner " + (learner + 1) + ": " + e);
                        }
                    }
                }));
            }
            for (Thread thread : threads) {
                thread.join();
            }
            double took = (System.nanoTime() - start) / 1e9;
            double cpu = serverCpuSeconds() - cpuBefore;
            Thread.sleep(CONTROL_EVERY_MS);
            submitting.set(false);
            controlThread.join(40_000);

            long scored = sent.stream().filter(Sent::scored).count();
            long scoredDifferently = sent.stream().filter(s -> s.scored() && s.serverSteps() != null
                    && s.serverSteps() != ValleyCount.steps(s.alpha(), s.beta(), START_X, START_Y, THRESHOLD, MAX_STEPS))
                    .count();
            System.out.printf(Locale.ROOT, "submissions: %d sent in %.1f s, %d scored, %d refused or not answered, %d "
                    + "errors; %d scored otherwise than counted here%n", sent.size(), took, scored, sent.size() - scored,
                    errors.size(), scoredDifferently);
            System.out.printf(Locale.ROOT, "learner's submission (type α, type β, press Submit: three round trips): %s%n",
                    submitTimes.isEmpty() ? "no samples" : Stats.of(submitTimes).millis());
            System.out.printf(Locale.ROOT, "control learner, Run pressed → server's answer: %s%n",
                    runAnswered.isEmpty() ? "no samples" : Stats.of(runAnswered).millis());
            System.out.printf(Locale.ROOT, "control learner, Run pressed → \"Done\" pushed (31 pushes, nominally 2.4 s): %s;"
                    + " %d runs asked to wait%n", runDone.isEmpty() ? "no samples" : Stats.of(runDone).millis(), askedToWait.get());
            System.out.printf(Locale.ROOT, "server CPU over the submissions: %.1f s, %.1f ms per submission%n", cpu,
                    cpu * 1000 / Math.max(1, sent.size()));
            checkBoard(base, room.code, joined.size(), sent);
            errors.stream().distinct().limit(5).forEach(e -> System.out.println("  error: " + e));
        }
    }

    /** α, β spread evenly over the stability map (a golden-ratio sequence), to three decimals as a learner types. */
    private static double[] values(int order) {
        double alpha = 0.01 + 2.49 * ((order * 0.6180339887498949) % 1);
        double beta = 0.99 * ((order * 0.7548776662466927) % 1);
        return new double[] {Math.round(alpha * 1000) / 1000.0, Math.round(beta * 1000) / 1000.0};
    }

    /** The learner types α and β into their lab and presses Submit; what their page then said. */
    private static Sent submitOne(Learner learner, int index, int order, List<Double> times)
            throws IOException, InterruptedException {
        double[] ab = values(order);
        long started = System.nanoTime();
        learner.tab.type("field-lr", Double.toString(ab[0]));
        learner.tab.type("field-beta", Double.toString(ab[1]));
        learner.tab.click("challenge-submit");
        times.add((System.nanoTime() - started) / 1e6);
        Matcher answer = SCORED.matcher(learner.tab.lastResponse());
        if (!answer.find()) {
            return new Sent(index, order, ab[0], ab[1], false, null);
        }
        Integer steps = answer.group(2) != null ? Integer.valueOf(answer.group(2))
                : answer.group(1).startsWith("f did not") ? Integer.valueOf(0) : null; // diverged: its step is not shown
        return new Sent(index, order, ab[0], ab[1], true, steps);
    }

    /**
     * Opens the projector page as a new visitor and checks its board against the ranking counted here: each learner's
     * best (their earliest among equals, since one learner submits one after the other), ranked by outcome. Learners
     * tied on the outcome rank by the order the server stored their submissions, which no client sees: a tie is
     * right in any order.
     */
    private static void checkBoard(String base, String code, int learners, List<Sent> sent)
            throws IOException, InterruptedException {
        Map<Integer, Sent> best = new HashMap<>();
        List<Sent> inOrder = new ArrayList<>(sent);
        inOrder.sort(Comparator.comparingInt(Sent::order));
        for (Sent s : inOrder) {
            if (s.scored()) {
                best.merge(s.learner(), s, (old, candidate) -> place(candidate).compareTo(place(old)) < 0 ? candidate : old);
            }
        }
        List<Sent> expected = best.values().stream().sorted(Comparator.comparing(RoomsBench::place)).toList();

        try (VaadinClient projector = new VaadinClient(base)) {
            check(projector.openRoute("room/" + code + "/screen", "") == 200, "projector page");
            List<String> texts = new ArrayList<>();
            collectTexts(JSON.readTree(projector.lastResponse()), texts);
            List<String> problems = new ArrayList<>();
            List<Matcher> rows = texts.stream().map(ROW::matcher).filter(Matcher::matches).toList();
            int places = Math.min(10, expected.size());
            if (rows.size() != places) {
                problems.add("the board shows " + rows.size() + " places, expected " + places);
            }
            for (int i = 0; i < Math.min(rows.size(), places); i++) {
                Matcher row = rows.get(i);
                Place shouldBe = place(expected.get(i));
                if (Integer.parseInt(row.group(1)) != i + 1 || !row.group(5).equals(shouldBe.text())) {
                    problems.add("place " + (i + 1) + " is \"" + row.group() + "\", expected rank " + (i + 1) + " with "
                            + shouldBe.text());
                    continue;
                }
                Matcher learner = Pattern.compile("Learner (\\d+)").matcher(row.group(2));
                Sent theirs = learner.matches() ? best.get(Integer.parseInt(learner.group(1)) - 1) : null;
                if (theirs == null || !place(theirs).equals(shouldBe)
                        || Double.parseDouble(row.group(3)) != theirs.alpha() || Double.parseDouble(row.group(4)) != theirs.beta()) {
                    problems.add("place " + (i + 1) + " is \"" + row.group() + "\", but that learner's best is "
                            + (theirs == null ? "nothing" : "α = " + theirs.alpha() + ", β = " + theirs.beta() + ", "
                            + place(theirs).text()));
                }
            }
            long scored = sent.stream().filter(Sent::scored).count();
            String count = texts.stream().map(COUNT::matcher).filter(Matcher::find).findFirst()
                    .map(m -> m.group(1).replace(",", "")).orElse("none");
            if (!count.equals(Long.toString(scored))) {
                problems.add("the board counts " + count + " submissions, " + scored + " were scored");
            }
            System.out.printf(Locale.ROOT, "board: %s (%d places against the ranking counted here over %d learners' "
                    + "bests; %s submissions counted)%n", problems.isEmpty() ? "correct" : "WRONG", rows.size(),
                    expected.size(), count);
            problems.stream().limit(10).forEach(p -> System.out.println("  " + p));
        }
    }

    private static Place place(Sent s) {
        return Place.of(ValleyCount.steps(s.alpha(), s.beta(), START_X, START_Y, THRESHOLD, MAX_STEPS));
    }

    /** Every text value the message sets, in order (the board's rows come in rank order). */
    private static void collectTexts(JsonNode message, List<String> texts) {
        for (JsonNode change : message.path("changes")) {
            if ("text".equals(change.path("key").asText()) && change.path("value").isString()) {
                texts.add(change.path("value").asText());
            }
        }
    }

    /** The CPU time used so far by the servers whose management ports {@code -Dmanagement} lists (comma-separated). */
    private static double serverCpuSeconds() throws IOException, InterruptedException {
        double total = 0;
        for (String management : System.getProperty("management", "").split(",")) {
            total += management.isBlank() ? Double.NaN : CapacityBench.counter(management.strip(), "process.cpu.time") / 1e9;
        }
        return total;
    }

    private static double ownCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    private static String perServer(List<Learner> learners, List<String> bases) {
        return bases.stream().map(base -> learners.stream().filter(l -> l.base.equals(base)).count() + " on " + base)
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    // ----------------------------------------------------------------------------------------- the room

    /** A room opened by a facilitator's tab on one server, with heartbeats for every tab it holds. */
    static final class Room implements AutoCloseable {

        final VaadinClient facilitator;
        final String code;
        private final ConcurrentLinkedQueue<VaadinClient> open = new ConcurrentLinkedQueue<>();
        private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor();
        private final AtomicInteger learnerNumber = new AtomicInteger();

        private Room(VaadinClient facilitator, String code) {
            this.facilitator = facilitator;
            this.code = code;
            open.add(facilitator);
            heartbeats.scheduleAtFixedRate(() -> open.forEach(tab -> {
                try {
                    tab.heartbeat();
                } catch (IOException | RuntimeException e) {
                    // a missed heartbeat shows up as a lost tab, counted by its learner
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }), 25, 25, TimeUnit.SECONDS);
        }

        /** The facilitator opens the home page and presses "Open a study room": their lab leads the room. */
        static Room open(String base) throws IOException, InterruptedException {
            VaadinClient facilitator = new VaadinClient(base);
            check(facilitator.open() == 200, "facilitator's page");
            facilitator.connectPush();
            facilitator.click("open-room");
            Matcher lead = LEAD_LINK.matcher(facilitator.lastResponse()); // not a push that came meanwhile
            check(lead.find(), "the lead link after opening a room");
            facilitator.node("field-beta"); // the lead view's lab is there
            return new Room(facilitator, lead.group(1));
        }

        /** {@code n} learners join, in turn on each server (as a proxy spreads new clients). */
        List<Learner> join(int n, List<String> bases) throws IOException, InterruptedException {
            List<Learner> joined = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Learner learner = new Learner(bases.get(i % bases.size()));
                learner.join(code, "Learner " + learnerNumber.incrementAndGet());
                open.add(learner.tab);
                joined.add(learner);
            }
            return joined;
        }

        /** Keeps another tab of the benchmark's (a control learner) alive with the room's own. */
        void keepAlive(VaadinClient tab) {
            open.add(tab);
        }

        @Override
        public void close() {
            heartbeats.shutdownNow();
            open.forEach(VaadinClient::close);
        }
    }

    /** A learner's tab in the room: what β their lab shows, and when it first showed the value they wait for. */
    static final class Learner {

        final String base;
        final VaadinClient tab;
        private volatile int betaNode = -1;
        private volatile double beta = Double.NaN;
        private volatile double expected = Double.NaN;
        private volatile long seenAt;
        private volatile CountDownLatch seen = new CountDownLatch(0);

        Learner(String base) {
            this.base = base;
            this.tab = new VaadinClient(base);
        }

        /** Opens the QR code's link (the join page with the code), types a nickname, joins, listens on push. */
        void join(String code, String nickname) throws IOException, InterruptedException {
            check(tab.openRoute("join", "code=" + code) == 200, "join page");
            tab.connectPush();
            tab.type("room-nickname", nickname);
            tab.watch(this::heard);
            tab.click("room-join");
            tab.node("field-beta"); // the room's lab is on the page: joined
        }

        void expect(double value, CountDownLatch latch) {
            seenAt = 0;
            expected = value;
            seen = latch;
            if (beta == value) { // already there (a repeated value): nothing to wait for
                seenAt = System.nanoTime();
                latch.countDown();
            }
        }

        private void heard(long nanoTime, JsonNode message) {
            if (betaNode < 0) {
                betaNode = tab.nodeIfAny("field-beta");
            }
            for (JsonNode change : message.path("changes")) {
                if (change.path("node").asInt() == betaNode && "value".equals(change.path("key").asText())) {
                    try {
                        beta = Double.parseDouble(change.path("value").asText());
                    } catch (NumberFormatException notANumber) {
                        beta = Double.NaN;
                    }
                    if (beta == expected && seenAt == 0) {
                        seenAt = nanoTime;
                        seen.countDown();
                    }
                }
            }
        }

        long seenAt() {
            return seenAt;
        }

        double beta() {
            return beta;
        }

        String problem() {
            return tab.lastProblem();
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("failed: " + what);
        }
    }
}

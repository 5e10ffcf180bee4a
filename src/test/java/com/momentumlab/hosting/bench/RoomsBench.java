package com.momentumlab.hosting.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.momentumlab.bench.Stats;
import tools.jackson.databind.JsonNode;

/**
 * Study rooms under load, against running servers (production jars), with {@link VaadinClient}s: a facilitator and
 * N learners who each open the join page, type the room's code and a nickname, join, and follow over push, as the
 * browser's client engine does. Not a test; docs/PERFORMANCE.md, "Study rooms", says how to run it.
 *
 * <pre>
 * follow N CHANGES BASE...   the facilitator (on the first server) changes β CHANGES times; learners spread over the
 *                            servers in turn (one server: one replica; two with one Redis: the room split over both).
 *                            Per change: from sending it to the push that shows each learner's lab the new β.
 * </pre>
 *
 * System property {@code management}: the servers' management ports (comma-separated, e.g.
 * {@code http://127.0.0.1:18581}), for the servers' CPU time over the changes.
 *
 * <p>Learners join a room; a later benchmark (challenge submissions while a control learner runs the lab) adds its own
 * command on the same {@link Room} and {@link Learner}s.
 */
public final class RoomsBench {

    private static final Pattern LEAD_LINK = Pattern.compile("room/([A-Z0-9]{6})/lead\\?key=([A-Za-z0-9_-]{22})");
    /** How long one learner may wait for a change before it counts as an error. */
    private static final long CHANGE_TIMEOUT_MS = 10_000;

    private RoomsBench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> bases = Arrays.asList(args).subList(Math.min(3, args.length), args.length);
        if (args.length < 4 || bases.stream().anyMatch(b -> !b.matches("http://(127\\.0\\.0\\.1|localhost):\\d+"))) {
            throw new IllegalArgumentException("follow N CHANGES http://127.0.0.1:PORT [http://127.0.0.1:PORT2] (loopback only)");
        }
        switch (args[0]) {
            case "follow" -> follow(Integer.parseInt(args[1]), Integer.parseInt(args[2]), bases);
            default -> throw new IllegalArgumentException("follow");
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
            Matcher lead = LEAD_LINK.matcher(facilitator.lastMessage());
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

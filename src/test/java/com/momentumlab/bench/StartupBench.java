package com.momentumlab.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long the application takes to start: not a test, run by hand (see docs/PERFORMANCE.md, "Browser and
 * start-up"). Runs a start command several times in a project directory and measures, from the moment the
 * command is launched, the time until the log says "Started Application" and until
 * {@code /readyz} (the readiness probe on the public port) answers UP, then stops the whole process tree and waits for it to exit.
 *
 * <pre>
 * StartupBench --dir DIR [--reps N] [--before SHELL] [--log DIR] -- COMMAND ARGS...
 * </pre>
 *
 * {@code --before} runs (untimed) before every repetition, e.g. {@code git clean -fdxq} for a cold start. The
 * application gets a free port through the {@code PORT} environment variable ({@code server.port=${PORT:8080}}),
 * so it never takes 8080 (and {@code MANAGEMENT_PORT} one for the management port).
 */
public final class StartupBench {

    private static final Pattern STARTED = Pattern.compile(
            "Started Application in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");
    private static final Duration GIVE_UP = Duration.ofMinutes(20);

    private StartupBench() {}

    public static void main(String[] args) throws Exception {
        Path dir = null;
        int reps = 1;
        String before = null;
        Path logDir = Path.of("/tmp/startup-bench-logs");
        List<String> command = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dir" -> dir = Path.of(args[++i]);
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                case "--before" -> before = args[++i];
                case "--log" -> logDir = Path.of(args[++i]);
                case "--" -> {
                    command.addAll(List.of(args).subList(i + 1, args.length));
                    i = args.length;
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (dir == null || command.isEmpty()) {
            throw new IllegalArgumentException("usage: --dir DIR [--reps N] [--before SHELL] [--log DIR] -- COMMAND...");
        }
        Files.createDirectories(logDir);
        List<Double> started = new ArrayList<>();
        List<Double> ready = new ArrayList<>();
        for (int rep = 1; rep <= reps; rep++) {
            if (before != null) {
                run(dir, List.of("bash", "-c", before));
            }
            Result result = once(dir, command, logDir.resolve("run-" + rep + ".log"));
            System.out.printf("rep %d: load %s | Started line %.1f s (Spring: started in %s s, JVM running for %s s)"
                            + " | readiness UP %.1f s%n",
                    rep, Load.now(), result.startedSeconds, result.springStarted, result.springProcess,
                    result.readySeconds);
            started.add(result.startedSeconds);
            ready.add(result.readySeconds);
        }
        System.out.println("Started line: " + Stats.of(started).seconds());
        System.out.println("readiness UP: " + Stats.of(ready).seconds());
    }

    private record Result(double startedSeconds, String springStarted, String springProcess, double readySeconds) {}

    private static Result once(Path dir, List<String> command, Path log) throws Exception {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("MANAGEMENT_PORT", Integer.toString(freePort()));
        long launched = System.nanoTime();
        Process process = builder.start();
        CompletableFuture<Matcher> startedLine = new CompletableFuture<>();
        CompletableFuture<Long> startedAt = new CompletableFuture<>();
        Thread reader = new Thread(() -> copyOutput(process, log, startedLine, startedAt), "startup-log");
        reader.setDaemon(true);
        reader.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        URI readiness = URI.create("http://localhost:" + port + "/readyz");
        long deadline = launched + GIVE_UP.toNanos();
        long readyAt = 0;
        try {
            while (readyAt == 0) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("the application did not get ready; see " + log);
                }
                if (isUp(http, readiness)) {
                    readyAt = System.nanoTime();
                } else {
                    Thread.sleep(50);
                }
            }
            Matcher spring = startedLine.get(30, TimeUnit.SECONDS);
            return new Result((startedAt.get() - launched) / 1e9, spring.group(1), spring.group(2),
                    (readyAt - launched) / 1e9);
        } finally {
            stop(process);
        }
    }

    private static void copyOutput(Process process, Path log, CompletableFuture<Matcher> startedLine,
                                   CompletableFuture<Long> startedAt) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            String line;
            while ((line = in.readLine()) != null) {
                out.println(line);
                Matcher matcher = STARTED.matcher(line);
                if (!startedLine.isDone() && matcher.find()) {
                    startedAt.complete(System.nanoTime());
                    startedLine.complete(matcher);
                }
            }
        } catch (IOException e) {
            startedLine.completeExceptionally(e);
        }
    }

    private static boolean isUp(HttpClient http, URI uri) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops the command and everything it started (Maven forks the application into its own JVM). */
    private static void stop(Process process) throws InterruptedException {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception notYet) {
                handle.destroyForcibly();
            }
        }
    }

    private static void run(Path dir, List<String> command) throws IOException, InterruptedException {
        int exit = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(command + " failed with exit code " + exit);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

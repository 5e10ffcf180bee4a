package com.momentumlab.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A real {@code redis-server} on a free loopback port, with nothing saved to disk; {@code .ci/run} installs it
 * when missing. Tests may stop and restart it to see what the app does while Redis is away.
 */
public final class RedisServer implements AutoCloseable {

    private final int port;
    private final Path dir;
    private Process process;

    private RedisServer(int port) {
        this.port = port;
        try {
            this.dir = Files.createTempDirectory("redis-" + port);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static RedisServer start() {
        RedisServer server;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server = new RedisServer(free.getLocalPort());
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
        server.launch();
        return server;
    }

    public int port() {
        return port;
    }

    /** What {@code MOMENTUMLAB_ROOMS_REDIS_URL} would say. */
    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** Stops the server (its data is gone, as after a real restart without persistence). */
    public void stop() {
        if (process != null) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    /** Stops the server after writing its data to disk, as a Redis with persistence does: {@link #restart} reads it back. */
    public void stopKeepingData() {
        String saved = command("SAVE");
        if (!saved.startsWith("+OK")) {
            throw new IllegalStateException("redis-server did not save: " + saved);
        }
        stop();
    }

    /** Starts it again on the same port, with whatever it saved. */
    public void restart() {
        stop();
        launch();
    }

    /** How many connections listen on {@code channel} (every replica's one subscription). */
    public int subscribers(String channel) {
        String answer = command("PUBSUB NUMSUB " + channel);
        java.util.regex.Matcher count = java.util.regex.Pattern.compile(":(\\d+)\r\n").matcher(answer);
        return count.find() ? Integer.parseInt(count.group(1)) : 0;
    }

    @Override
    public void close() {
        stop();
    }

    private void launch() {
        String executable = Files.isExecutable(Path.of("/usr/bin/redis-server")) ? "/usr/bin/redis-server" : "redis-server";
        try {
            process = new ProcessBuilder(executable, "--port", Integer.toString(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no", "--dir", dir.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IllegalStateException("redis-server is not installed (.ci/run installs it)", e);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!answersPing()) {
            if (Instant.now().isAfter(deadline) || !process.isAlive()) {
                throw new IllegalStateException("redis-server did not start on port " + port);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private boolean answersPing() {
        try {
            return command("PING").startsWith("+PONG");
        } catch (IllegalStateException notYet) {
            return false;
        }
    }

    /** One inline command and the start of its answer (RESP, enough for the short answers used here). */
    private String command(String line) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] answer = new byte[256];
            int read = in.read(answer);
            if (read > 0 && answer[0] == '*') { // an array may come in pieces: read what else is there
                Thread.sleep(50);
                read += Math.max(0, in.readNBytes(answer, read, Math.min(in.available(), answer.length - read)));
            }
            return read <= 0 ? "" : new String(answer, 0, read, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("redis-server on port " + port + " does not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

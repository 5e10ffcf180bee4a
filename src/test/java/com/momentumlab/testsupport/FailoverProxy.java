package com.momentumlab.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * What one client sees of a sticky-session proxy in front of several replicas: every connection goes to the first
 * replica that is ready (its {@code /readyz} answers 200), so the client stays on one replica until that one stops
 * being ready, then moves to the next. It forwards bytes, not HTTP, so WebSocket upgrades (Vaadin's push) pass as
 * they are. A replica that stops closes its connections, and the client's next ones go to the next replica.
 */
public final class FailoverProxy implements AutoCloseable {

    private static final Duration CHECK_EVERY = Duration.ofMillis(200);

    private final List<Integer> replicaPorts;
    private final ServerSocket server;
    private final AtomicIntegerArray ready;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final HttpClient health = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
    private volatile boolean closed;

    /** Listens on a free loopback port; {@code replicaPorts} in this client's order of preference. */
    public FailoverProxy(List<Integer> replicaPorts) {
        this.replicaPorts = List.copyOf(replicaPorts);
        this.ready = new AtomicIntegerArray(replicaPorts.size());
        try {
            server = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        checkAll();
        Thread.ofPlatform().daemon().name("proxy-health-" + port()).start(this::keepChecking);
        Thread.ofPlatform().daemon().name("proxy-accept-" + port()).start(this::accept);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The replica this client's next connection goes to, or -1 if none is ready. */
    public int currentReplicaPort() {
        for (int i = 0; i < replicaPorts.size(); i++) {
            if (ready.get(i) == 1) {
                return replicaPorts.get(i);
            }
        }
        return -1;
    }

    private void keepChecking() {
        while (!closed) {
            try {
                Thread.sleep(CHECK_EVERY);
            } catch (InterruptedException e) {
                return;
            }
            checkAll();
        }
    }

    private void checkAll() {
        for (int i = 0; i < replicaPorts.size(); i++) {
            ready.set(i, isReady(replicaPorts.get(i)) ? 1 : 0);
        }
    }

    private boolean isReady(int port) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/readyz"))
                    .timeout(Duration.ofMillis(500)).build();
            return health.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = server.accept();
                Thread.ofVirtual().start(() -> forward(client));
            } catch (IOException e) {
                if (!closed) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private void forward(Socket client) {
        int port = currentReplicaPort();
        Socket replica = new Socket();
        open.add(client);
        open.add(replica);
        try {
            if (port < 0) {
                throw new IOException("no replica is ready");
            }
            replica.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
            Thread.ofVirtual().start(() -> pipe(replica, client));
            pipe(client, replica);
        } catch (IOException e) {
            closeQuietly(client); // the browser sees a dropped connection, as behind a real proxy
            closeQuietly(replica);
        }
    }

    /** Copies until either side ends, then closes both (the other direction's copy ends with them). */
    private void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException ended) {
            // one side went away
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void closeQuietly(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // already closed
        }
        open.forEach(this::closeQuietly);
    }
}

package com.momentumlab.hosting.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One learner's browser tab, without a browser: it speaks Vaadin Flow's own protocol over HTTP (the bootstrap
 * page, the {@code v-r=init} request, UIDL messages with the CSRF token, heartbeats) and receives the pushed
 * stream over Vaadin's Atmosphere WebSocket, as the browser's client engine does. It can press Run and wait
 * until the status line says the run is done. Loopback only; a benchmark tool, not a test.
 */
final class VaadinClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ATMOSPHERE = "X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript"
            + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
            + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true";

    private final String base;
    private final HttpClient http;
    private int uiId;
    private String csrfToken;
    private String pushId;
    private int runButton = -1;
    private final AtomicInteger syncId = new AtomicInteger(-1);
    private int clientId;
    private WebSocket push;
    private final Semaphore done = new Semaphore(0);
    private final AtomicInteger pushes = new AtomicInteger();
    private volatile String lastProblem;
    private volatile boolean askedToWait;
    private final java.util.Map<String, Integer> nodesById = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile MessageWatcher watcher = (time, message) -> {};
    private volatile String lastMessage = "";
    private volatile String lastResponse = "";

    VaadinClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10))
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Loads the page like a browser: bootstrap HTML, then Vaadin's init request that creates the tab's UI. */
    int open() throws IOException, InterruptedException {
        return open("");
    }

    /** Loads the page with a query (a permalink's parameters, e.g. {@code x=-6&y=2}, already URL-safe). */
    int open(String query) throws IOException, InterruptedException {
        int status = openRoute("", query);
        if (status == 200 && runButton < 0) {
            throw new IllegalStateException("no Run button after navigating");
        }
        return status;
    }

    /** Loads the page of {@code route} (e.g. {@code join}) with a query (already URL-safe), as the browser does. */
    int openRoute(String route, String query) throws IOException, InterruptedException {
        String search = query.isEmpty() ? "" : "?" + query;
        HttpResponse<String> page = http.send(get(base + "/" + route + search).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            return page.statusCode();
        }
        HttpResponse<String> init = http.send(get(base + "/?v-r=init&location="
                        + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (init.statusCode() != 200) {
            return init.statusCode();
        }
        JsonNode config = JSON.readTree(init.body()).path("appConfig");
        uiId = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        csrfToken = uidl.path("Vaadin-Security-Key").asText();
        pushId = uidl.path("Vaadin-Push-ID").asText();
        absorb(uidl);
        // The client engine then navigates to the page's route: this creates the view.
        uidl("[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"" + query + "\","
                + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}]");
        if (csrfToken.isEmpty()) {
            throw new IllegalStateException("no CSRF token after navigating");
        }
        return 200;
    }

    /** Opens the push channel (a WebSocket), as the page does right after loading. */
    void connectPush() {
        String url = base.replaceFirst("^http", "ws") + "/VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId="
                + URLEncoder.encode(pushId, StandardCharsets.UTF_8) + "&" + ATMOSPHERE;
        push = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(url), new PushListener()).join();
    }

    /** Presses Run; returns the server round trip of that message in nanoseconds. */
    long pressRun() throws IOException, InterruptedException {
        done.drainPermits();
        askedToWait = false;
        String data = "{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,\"event.ctrlKey\":false,"
                + "\"event.clientX\":10,\"event.clientY\":10,\"event.altKey\":false,\"event.button\":0,"
                + "\"event.screenY\":10,\"event.screenX\":10}";
        String rpc = "[{\"type\":\"event\",\"node\":" + runButton + ",\"event\":\"click\",\"data\":" + data + "}]";
        return uidl(rpc);
    }

    /** Types {@code text} into the text field with this element id and leaves it (its {@code change}, as after Tab). */
    long type(String elementId, String text) throws IOException, InterruptedException {
        int node = node(elementId);
        return uidl("[{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"value\",\"value\":"
                + JSON.writeValueAsString(text) + "},{\"type\":\"event\",\"node\":" + node
                + ",\"event\":\"change\",\"data\":{}}]");
    }

    /** Clicks the element with this id (a button). */
    long click(String elementId) throws IOException, InterruptedException {
        return uidl("[{\"type\":\"event\",\"node\":" + node(elementId) + ",\"event\":\"click\",\"data\":{}}]");
    }

    /** The state node of the element with this id, as the server created it. */
    int node(String elementId) {
        Integer node = nodesById.get(elementId);
        if (node == null) {
            throw new IllegalStateException("no element #" + elementId + " on the page");
        }
        return node;
    }

    /** The state node of the element with this id, or -1 while the page has none. */
    int nodeIfAny(String elementId) {
        return nodesById.getOrDefault(elementId, -1);
    }

    /** Tells {@code watcher} every message from the server (responses and pushes) with the time it was read. */
    void watch(MessageWatcher watcher) {
        this.watcher = watcher;
    }

    /** The last message from the server, as JSON text. */
    String lastMessage() {
        return lastMessage;
    }

    /** The server's answer to this tab's last request (a push may have come since), as JSON text. */
    String lastResponse() {
        return lastResponse;
    }

    /** Hears what the server sends: {@code nanoTime} when the message was read, and the message. */
    @FunctionalInterface
    interface MessageWatcher {
        void heard(long nanoTime, JsonNode message);
    }

    /** Waits until a push says the run is done ("Done: ..." in the status line). */
    boolean awaitDone(long millis) throws InterruptedException {
        return done.tryAcquire(millis, TimeUnit.MILLISECONDS);
    }

    /** A heartbeat, as the page sends every {@code vaadin.heartbeatInterval}. */
    int heartbeat() throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=heartbeat&v-uiId=" + uiId))
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Whether the last Run was answered "busy, press Run again in a moment". */
    boolean askedToWait() {
        return askedToWait;
    }

    int pushesReceived() {
        return pushes.get();
    }

    String lastProblem() {
        return lastProblem;
    }

    private synchronized long uidl(String rpc) throws IOException, InterruptedException {
        String body = "{\"csrfToken\":\"" + csrfToken + "\",\"rpc\":" + rpc + ",\"syncId\":" + syncId.get()
                + ",\"clientId\":" + clientId + "}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(30)).build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long roundTrip = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IOException("UIDL answered HTTP " + response.statusCode());
        }
        JsonNode message = parseUidl(response.body());
        if (message.has("meta") && (message.path("meta").has("appError") || message.path("meta").has("sessionExpired"))) {
            throw new IOException("UIDL error: " + message.path("meta"));
        }
        if (message.path("resynchronize").asBoolean(false)) {
            throw new IOException("server asked to resynchronize");
        }
        absorb(message);
        lastResponse = message.toString();
        clientId = message.path("clientId").asInt(clientId + 1); // the id the server expects next
        return roundTrip;
    }

    /** Vaadin answers {@code for(;;);[{...}]}: strip the guard and the array. */
    private static JsonNode parseUidl(String text) throws IOException {
        String json = text.startsWith("for(;;);") ? text.substring("for(;;);".length()) : text;
        JsonNode node = JSON.readTree(json);
        return node.isArray() ? node.get(0) : node;
    }

    private void absorb(JsonNode message) {
        long heard = System.nanoTime();
        for (JsonNode change : message.path("changes")) {
            if ("id".equals(change.path("key").asText()) && change.path("value").isString()) {
                nodesById.put(change.path("value").asText(), change.path("node").asInt());
                if ("run".equals(change.path("value").asText())) {
                    runButton = change.path("node").asInt();
                }
            }
        }
        watcher.heard(heard, message);
        if (message.has("syncId")) {
            syncId.accumulateAndGet(message.path("syncId").asInt(), Math::max);
        }
        String text = message.toString();
        lastMessage = text;
        if (text.contains("Done: ")) {
            done.release();
        }
        if (text.contains("The server is drawing many runs")) {
            askedToWait = true; // momentumlab.limits.max-streams reached: this run did not start
        }
    }

    /** Atmosphere frames are "length|payload"; the first frame is Atmosphere's own handshake. */
    private final class PushListener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            buffer.append(data);
            int bar;
            while ((bar = buffer.indexOf("|")) > 0) {
                int length;
                try {
                    length = Integer.parseInt(buffer.substring(0, bar));
                } catch (NumberFormatException e) {
                    lastProblem = "unexpected push frame " + buffer;
                    buffer.setLength(0);
                    break;
                }
                if (buffer.length() < bar + 1 + length) {
                    break;
                }
                String payload = buffer.substring(bar + 1, bar + 1 + length);
                buffer.delete(0, bar + 1 + length);
                if (payload.startsWith("for(;;);") || payload.startsWith("{") || payload.startsWith("[")) {
                    try {
                        pushes.incrementAndGet();
                        absorb(parseUidl(payload));
                    } catch (IOException e) {
                        lastProblem = "unreadable push: " + e.getMessage();
                    }
                }
            }
            socket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            lastProblem = "push error: " + error;
        }
    }

    private static HttpRequest.Builder get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET().timeout(Duration.ofSeconds(30));
    }

    @Override
    public void close() {
        if (push != null) {
            push.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(e -> null);
        }
        try {
            // What the page's unload beacon does: the server closes the UI at once.
            String body = "{\"csrfToken\":\"" + csrfToken + "\",\"rpc\":[],\"syncId\":" + syncId.get()
                    + ",\"clientId\":" + clientId + ",\"UNLOAD\":true}";
            http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException | InterruptedException | RuntimeException ignored) {
            // Closing is best effort, as in a browser.
        }
    }
}

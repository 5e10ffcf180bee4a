package com.momentumlab.bench;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The JavaScript, CSS and HTML the lab page loads, each fetched again twice: without compression (raw size)
 * and with the browser's Accept-Encoding (size on the wire and the encoding the server chose).
 */
final class ServedSize {

    /** What Chromium sends. */
    private static final String BROWSER_ENCODINGS = "gzip, deflate, br, zstd";

    private ServedSize() {}

    static void print(Chromium chromium, String url) throws Exception {
        Map<String, String> loaded = new LinkedHashMap<>();
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            page.onResponse(response -> {
                String type = response.request().resourceType();
                if (type.equals("script") || type.equals("stylesheet") || type.equals("document")) {
                    loaded.putIfAbsent(response.url(), type);
                }
            });
            new LabPage(page).open(url);
        }
        HttpClient http = HttpClient.newHttpClient();
        Map<String, long[]> totals = new LinkedHashMap<>();
        System.out.printf("%-10s %10s %10s  %-8s %s%n", "type", "raw B", "served B", "encoding", "url");
        for (Map.Entry<String, String> entry : loaded.entrySet()) {
            HttpResponse<byte[]> raw = get(http, entry.getKey(), "identity");
            HttpResponse<byte[]> served = get(http, entry.getKey(), BROWSER_ENCODINGS);
            String encoding = served.headers().firstValue("Content-Encoding").orElse("none");
            System.out.printf(Locale.ROOT, "%-10s %10d %10d  %-8s %s%n", entry.getValue(), raw.body().length,
                    served.body().length, encoding, entry.getKey());
            long[] sum = totals.computeIfAbsent(entry.getValue(), t -> new long[3]);
            sum[0] += raw.body().length;
            sum[1] += served.body().length;
            sum[2]++;
        }
        totals.forEach((type, sum) -> System.out.printf(Locale.ROOT, "total %-10s %d files: %,d B raw, %,d B served%n",
                type, sum[2], sum[0], sum[1]));
    }

    private static HttpResponse<byte[]> get(HttpClient http, String url, String acceptEncoding) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", acceptEncoding).build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response;
    }
}

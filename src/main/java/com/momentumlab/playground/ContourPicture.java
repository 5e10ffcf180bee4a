package com.momentumlab.playground;

import com.momentumlab.base.input.Numbers;
import com.momentumlab.chart.ApexChart;
import com.momentumlab.chart.Palette;
import com.momentumlab.chart.PolylineSeries;
import com.momentumlab.numerics.contour.ContourLevel;
import com.momentumlab.numerics.contour.ContourSet;
import com.momentumlab.numerics.contour.Polyline;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A function's contour lines ready for the browser: the polyline-series JSON the chart fetches, a colour per
 * series (viridis by level, low = dark), and a version derived from the content for cache-busting URLs.
 */
public record ContourPicture(String functionKey, String json, List<String> colors, int lineCount, String version) {

    static ContourPicture of(String functionKey, ContourSet contours) {
        List<ContourLevel> levels = contours.levels();
        List<PolylineSeries> series = new ArrayList<>();
        List<String> colors = new ArrayList<>();
        int lineCount = 0;
        for (int i = 0; i < levels.size(); i++) {
            ContourLevel level = levels.get(i);
            if (level.lines().isEmpty()) {
                continue; // ApexCharts pairs colours with series by index: only series that draw get one
            }
            series.add(new PolylineSeries(Numbers.exact(level.level()), level.lines().stream().map(Polyline::xy).toList()));
            colors.add(Palette.viridis(levels.size() == 1 ? 0 : (double) i / (levels.size() - 1)));
            lineCount += level.lines().size();
        }
        String json = ApexChart.polylineSeriesJson(series);
        return new ContourPicture(functionKey, json, List.copyOf(colors), lineCount, sha256(json).substring(0, 16));
    }

    /** Where the chart fetches the series; the version makes the URL safe to cache for good. */
    public String url() {
        return "contours/" + functionKey + "?v=" + version;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

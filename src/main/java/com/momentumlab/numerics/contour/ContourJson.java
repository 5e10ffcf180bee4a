package com.momentumlab.numerics.contour;

import java.util.List;

/**
 * JSON for contour lines, without a JSON library (the numerics package has no dependencies).
 *
 * <p>{@link #levelsArray} writes {@code [{"level": L, "lines": [{"closed": c, "xy": [x0, y0, ...]}, ...]}, ...]},
 * which is both the browser payload and the {@code levels} member of the benchmark harness format
 * {@code contour-lines/1} ({@link #contourLinesDocument}). Numbers are written with
 * {@link Double#toString}, which round-trips every double (and is what Jackson writes by default).
 */
public final class ContourJson {

    private ContourJson() {}

    /** A {@code contour-lines/1} document, as read by the harness's {@code compare.py}. */
    public static String contourLinesDocument(String engine, String workload, List<ContourLevel> levels) {
        StringBuilder out = new StringBuilder(1 << 16);
        out.append("{\"format\":\"contour-lines/1\",\"engine\":");
        string(out, engine);
        out.append(",\"workload\":");
        string(out, workload);
        out.append(",\"levels\":");
        levelsArray(out, levels);
        return out.append('}').toString();
    }

    /** The levels as a JSON array (see the class comment). */
    public static String levelsArray(List<ContourLevel> levels) {
        StringBuilder out = new StringBuilder(1 << 14);
        levelsArray(out, levels);
        return out.toString();
    }

    private static void levelsArray(StringBuilder out, List<ContourLevel> levels) {
        out.append('[');
        for (int k = 0; k < levels.size(); k++) {
            ContourLevel level = levels.get(k);
            out.append(k == 0 ? "" : ",").append("{\"level\":");
            number(out, level.level());
            out.append(",\"lines\":[");
            for (int l = 0; l < level.lines().size(); l++) {
                Polyline line = level.lines().get(l);
                out.append(l == 0 ? "" : ",").append("{\"closed\":").append(line.closed()).append(",\"xy\":[");
                for (int v = 0; v < line.vertexCount(); v++) {
                    out.append(v == 0 ? "" : ",");
                    number(out, line.x(v));
                    out.append(',');
                    number(out, line.y(v));
                }
                out.append("]}");
            }
            out.append("]}");
        }
        out.append(']');
    }

    private static void number(StringBuilder out, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("JSON has no " + v);
        }
        out.append(v);
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}

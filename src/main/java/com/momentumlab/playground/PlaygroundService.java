package com.momentumlab.playground;

import com.momentumlab.numerics.contour.ContourSet;
import com.momentumlab.numerics.function.Catalogue;
import com.momentumlab.numerics.function.Objective;
import com.momentumlab.numerics.optim.Momentum;
import com.momentumlab.numerics.optim.Trajectory;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * What the lab computes, shared by all users: runs (cheap, per request) and contour pictures (computed once
 * per function and kept: they do not depend on the user).
 */
@Service
public class PlaygroundService {

    static final String DEFAULT_FUNCTION = "valley";

    private final Map<String, ContourPicture> contourCache = new ConcurrentHashMap<>();
    private final long streamPeriodMillis;

    public PlaygroundService(@Value("${momentumlab.stream.period-ms:80}") long streamPeriodMillis) {
        this.streamPeriodMillis = streamPeriodMillis;
    }

    public Objective defaultFunction() {
        return Catalogue.byKey(DEFAULT_FUNCTION).orElseThrow();
    }

    public Optional<Objective> function(String key) {
        return Catalogue.byKey(key);
    }

    /** Momentum SGD from the state's start; stops early, and says where, if the run diverges. */
    public Trajectory run(LabState state) {
        Objective f = function(state.functionKey()).orElseThrow();
        return Trajectory.run(new Momentum(state.learningRate(), state.beta()), f, state.start(), state.steps());
    }

    public ContourPicture contours(Objective function) {
        return contourCache.computeIfAbsent(function.key(), key -> ContourPicture.of(key, ContourSet.of(function)));
    }

    /** How a run of {@code points} points is paced: about 40 pushes, one every stream period. */
    public StreamPacing pacing(int points) {
        return StreamPacing.forPoints(points, streamPeriodMillis);
    }
}

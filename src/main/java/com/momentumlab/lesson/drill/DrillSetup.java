package com.momentumlab.lesson.drill;

/** What {@link HandDrill#create} gives: a drill to work through, or the reason there is none. */
public sealed interface DrillSetup {

    record Ready(HandDrill drill) implements DrillSetup {}

    /** No drill for these settings, e.g. {@code drill.refused.diverges}: the two steps overflow. */
    record Refused(DrillMessage reason) implements DrillSetup {}
}

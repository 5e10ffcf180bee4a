package com.momentumlab.lesson;

import java.util.Set;

/** The names of the live widgets a lesson section can place with a {@code [[widget:NAME]]} paragraph. */
public final class LessonWidgets {

    /** Section 2: plain gradient descent and Momentum side by side in the narrow valley. */
    public static final String COMPARE_SGD_MOMENTUM = "compare-sgd-momentum";
    /** Section 5: the same run written in the lesson's, PyTorch's and the damped notation. */
    public static final String NOTATION_COMPARE = "notation-compare";
    /** Section 6: a button that loads the classic example into the playground. */
    public static final String CLASSIC_PRESET = "classic-preset";
    /** Section 7: the server's own Momentum class ({@link LessonLibrary#javaMomentumSource()}). */
    public static final String CODE_JAVA = "code-java";
    /** Section 7: the NumPy version ({@link LessonLibrary#numpySource()}). */
    public static final String CODE_NUMPY = "code-numpy";
    /** Section 7: Momentum as a class in the book's style ({@link LessonLibrary#bookSource()}). */
    public static final String CODE_BOOK = "code-book";

    /** The noise section: a button that loads plain gradient descent and Momentum with noisy gradients into the lab. */
    public static final String NOISE_PRESET = "noise-preset";

    public static final Set<String> ALL =
            Set.of(COMPARE_SGD_MOMENTUM, NOTATION_COMPARE, CLASSIC_PRESET, CODE_JAVA, CODE_NUMPY, CODE_BOOK, NOISE_PRESET);

    private LessonWidgets() {}
}

package com.momentumlab.playground;

/**
 * Which code an optimizer runs, for those whose usual form and the one in 「ゼロから作るDeep Learning」 ch. 6 differ
 * (see {@link OptimizerKind#forms()}): Nesterov's look-ahead form or the book's, Adam as in the paper or the book's.
 */
public enum Form {
    /** The form of the paper and of PyTorch. */
    STANDARD,
    /** The book's code, operation for operation. */
    BOOK
}

package com.momentumlab.numerics.function;

/**
 * The curvature of an axis-aligned quadratic along each axis: the eigenvalues λx and λy of its
 * (constant, diagonal) Hessian. For f(x, y) = c + ½λx(x − x*)² + ½λy(y − y*)² these are the numbers
 * the momentum stability analysis needs; for example x²/20 + y² has λx = 0.1 and λy = 2.
 */
public record AxisCurvatures(double lambdaX, double lambdaY) {}

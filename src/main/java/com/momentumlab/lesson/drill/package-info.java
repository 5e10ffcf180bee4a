/**
 * The "compute by hand" drill, logic only (a view shows it): {@link com.momentumlab.lesson.drill.HandDrill}
 * turns the learner's α, β, θ₀ and function into twelve questions (g, v, θ of the first two Momentum
 * steps, x and y), {@link com.momentumlab.lesson.drill.DrillAnswerChecker} judges a typed answer by the
 * {@link com.momentumlab.lesson.drill.RoundingRule} and answers a wrong one with the next sub-step, and
 * {@link com.momentumlab.lesson.drill.DrillScore} keeps count. Everything the learner reads leaves this
 * package as a {@link com.momentumlab.lesson.drill.DrillMessage}: a translation key and its arguments.
 */
package com.momentumlab.lesson.drill;

package io.storylines.io;

/**
 * Told after every change that a publish makes on disk, in order, so that a test can stop a publish
 * between any two steps exactly as a killed process would stop (by throwing from {@link
 * #afterStep}: the publishers run no clean-up code on the way out). Production code uses {@link
 * #NONE}.
 */
@FunctionalInterface
interface PublishStepListener {

  PublishStepListener NONE = step -> {};

  /**
   * @param step what was just done, for messages, e.g. {@code "switch current to runs/r2"}
   */
  void afterStep(String step);
}

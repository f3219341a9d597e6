package io.storylines.io;

import java.util.ArrayList;
import java.util.List;

/**
 * A step listener that records the steps of a publish and, when armed, stops the publish right
 * after step {@code k} by throwing, as a killed process would stop there.
 */
final class PublishCrash implements PublishStepListener {

  /** Thrown to stop a publish; nothing in the publishers catches it. */
  static final class SimulatedCrash extends RuntimeException {
    SimulatedCrash(String step) {
      super("simulated crash after step: " + step);
    }
  }

  private final int crashAfter;
  private final List<String> steps = new ArrayList<>();

  private PublishCrash(int crashAfter) {
    this.crashAfter = crashAfter;
  }

  /** Records every step and never crashes. */
  static PublishCrash never() {
    return new PublishCrash(Integer.MAX_VALUE);
  }

  /** Crashes right after step {@code k} (1-based). */
  static PublishCrash afterStep(int k) {
    return new PublishCrash(k);
  }

  @Override
  public void afterStep(String step) {
    steps.add(step);
    if (steps.size() == crashAfter) {
      throw new SimulatedCrash(step);
    }
  }

  List<String> steps() {
    return List.copyOf(steps);
  }
}

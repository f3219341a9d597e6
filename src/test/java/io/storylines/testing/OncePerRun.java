package io.storylines.testing;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A test fixture made once per test run (one test JVM) and resolved as a test parameter of its own
 * type: a subclass is both the JUnit extension ({@code @ExtendWith(SampleRun.class)}, built with its
 * no-argument constructor) and the fixture that {@link #create} returns. The fixture lives in
 * JUnit's root store, so every test class that asks for it gets the same one, and JUnit closes it
 * when the test run ends: the temporary folder it made ({@link #folder}) is then deleted.
 */
public abstract class OncePerRun implements ParameterResolver, AutoCloseable {

  /** Makes the fixture; called once per test run, on the first test that asks for it. */
  protected abstract OncePerRun create(ExtensionContext context);

  /** The temporary folder the fixture made, or null (the extension itself has none). */
  protected abstract Path folder();

  @Override
  public final boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == getClass();
  }

  @Override
  public final Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = getClass();
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.create(type))
        .getOrComputeIfAbsent(type, key -> create(context));
  }

  @Override
  public final void close() throws IOException {
    if (folder() != null) {
      Folders.deleteRecursively(folder());
    }
  }
}

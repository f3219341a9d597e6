package io.storylines.testing;

import java.util.Random;

/**
 * Random text for "never throws" tests: any UTF-16 unit (unpaired surrogates included), Arabic,
 * ASCII letters, spaces, supplementary code points, and the test's own special characters.
 */
public final class RandomText {
  private RandomText() {}

  public static String generate(Random random, int maxLength, String specials) {
    int length = random.nextInt(maxLength);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      switch (random.nextInt(6)) {
        case 0 -> text.append((char) random.nextInt(0x10000));
        case 1 -> text.append((char) (0x0600 + random.nextInt(0x100)));
        case 2 -> text.append((char) ('a' + random.nextInt(26)));
        case 3 -> text.append(' ');
        case 4 -> text.appendCodePoint(0x10000 + random.nextInt(0x10000));
        default -> text.append(specials.charAt(random.nextInt(specials.length())));
      }
    }
    return text.toString();
  }
}

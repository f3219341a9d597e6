package io.storylines.text;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Keeps only tokens that can name a topic. A token is dropped when:
 *
 * <ul>
 *   <li>it holds no letter ({@link Character#isLetter(int)}): numbers such as {@code 2018}, {@code
 *       3.5} or {@code 1,000}, and punctuation;
 *   <li>it has fewer than {@link TopicTokenizer#MIN_TOKEN_LENGTH} or more than {@link
 *       TopicTokenizer#MAX_TOKEN_LENGTH} code points.
 * </ul>
 *
 * <p>A token that mixes letters and digits ({@code g20}, {@code f16}) stays.
 */
final class TokenShapeFilter extends FilteringTokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  TokenShapeFilter(TokenStream input) {
    super(input);
  }

  @Override
  protected boolean accept() {
    char[] buffer = term.buffer();
    int length = term.length();
    int codePoints = 0;
    boolean hasLetter = false;
    for (int i = 0; i < length; ) {
      int c = Character.codePointAt(buffer, i, length);
      i += Character.charCount(c);
      codePoints++;
      hasLetter |= Character.isLetter(c);
    }
    return hasLetter
        && codePoints >= TopicTokenizer.MIN_TOKEN_LENGTH
        && codePoints <= TopicTokenizer.MAX_TOKEN_LENGTH;
  }
}

package io.storylines.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Stable article ids and source names. The same record gives the same id on every run, on every
 * machine, whatever the default locale.
 *
 * <p>Vocabulary: a value is <em>blank</em> when it is null or only whitespace. {@code hex16(x)} is
 * the first 16 lower-case hex digits (64 bits) of the SHA-256 of the UTF-8 bytes of {@code x}.
 *
 * <p>{@link #of} gives the id of an article from the first rule that applies:
 *
 * <ol>
 *   <li><b>Own id</b>: when the record's own id is not blank, {@code source:ownId}, with the own id
 *       stripped ({@code bbc:AL-culture-1}).
 *   <li><b>URL</b>: else, when the URL is not blank, {@code source:url-hex16(normalized url)}. The
 *       URL is normalized by stripping it, dropping the {@code #fragment}, and lower-casing the
 *       scheme and the host; path and query are kept as they are.
 *   <li><b>Text</b>: else {@code source:text-hex16(normalized title + "\n" + normalized body)}, a
 *       null title or body counting as empty. Text is normalized by NFKC, then each run of
 *       whitespace becomes one space, then the ends are stripped, then it is lower-cased with
 *       {@link Locale#ROOT}.
 * </ol>
 *
 * <p>{@link #sourceOf} gives the source name of an article from the first rule that applies:
 *
 * <ol>
 *   <li><b>Source field</b>: when it is not blank, the field stripped and lower-cased with {@link
 *       Locale#ROOT}, so that {@code BBC} and {@code bbc} are one source. A field of just {@value
 *       #ALL_SOURCES} counts as blank: the tables use it for "all sources" ({@code Slices.ALL}).
 *   <li><b>URL host</b>: else the host of the URL, lower-cased, without a leading {@code www.}
 *       ({@code https://WWW.BBC.com/x} gives {@code bbc.com}). A URL has a host only when it starts
 *       with {@code scheme://} or {@code //}.
 *   <li><b>Fallback</b>: else the fallback, as given.
 * </ol>
 */
public final class ArticleIds {
  /** The tables' name for all sources together, which no source may have. */
  public static final String ALL_SOURCES = "*";

  private static final Pattern WHITESPACE =
      Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");

  private ArticleIds() {}

  /**
   * The id of an article, by the rules in the class doc.
   *
   * @param source the article's source name, usually from {@link #sourceOf}; must not be blank
   * @throws IllegalArgumentException when {@code source} is blank
   */
  public static String of(String source, String ownId, String url, String title, String body) {
    if (isBlank(source)) {
      throw new IllegalArgumentException("source must not be blank: '" + source + "'");
    }
    if (!isBlank(ownId)) {
      return source + ":" + ownId.strip();
    }
    if (!isBlank(url)) {
      return source + ":url-" + hex16(normalizeUrl(url));
    }
    return source + ":text-" + hex16(normalizeText(title) + "\n" + normalizeText(body));
  }

  /** The source name of an article, by the rules in the class doc. */
  public static String sourceOf(String sourceField, String url, String fallback) {
    if (!isBlank(sourceField) && !sourceField.strip().equals(ALL_SOURCES)) {
      return sourceField.strip().toLowerCase(Locale.ROOT);
    }
    if (!isBlank(url)) {
      UrlParts parts = UrlParts.of(url.strip());
      String host = parts.host().toLowerCase(Locale.ROOT);
      if (host.startsWith("www.")) {
        host = host.substring("www.".length());
      }
      if (!host.isEmpty()) {
        return host;
      }
    }
    return fallback;
  }

  /** Rule 2 of {@link #of}: stripped, without fragment, scheme and host lower-cased. */
  private static String normalizeUrl(String url) {
    String stripped = url.strip();
    int hash = stripped.indexOf('#');
    UrlParts parts = UrlParts.of(hash < 0 ? stripped : stripped.substring(0, hash));
    return parts.scheme().toLowerCase(Locale.ROOT)
        + parts.beforeHost()
        + parts.host().toLowerCase(Locale.ROOT)
        + parts.afterHost();
  }

  /** Rule 3 of {@link #of}: NFKC, whitespace runs to one space, stripped, lower-cased. */
  private static String normalizeText(String text) {
    if (text == null) {
      return "";
    }
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    return WHITESPACE.matcher(nfkc).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }

  private static String hex16(String text) {
    byte[] hash = sha256().digest(text.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(hash, 0, 8);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256, so this is a broken runtime, not bad data.
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  /**
   * A URL cut around its host: {@code scheme + beforeHost + host + afterHost} is the URL. {@code
   * beforeHost} is {@code ://} or {@code //} plus any {@code user@}; {@code afterHost} starts with
   * the port, path, query or fragment. A URL without {@code scheme://} or {@code //} has no host
   * and is all {@code afterHost}.
   */
  private record UrlParts(String scheme, String beforeHost, String host, String afterHost) {

    static UrlParts of(String url) {
      int separator = url.indexOf("://");
      String scheme;
      int authorityStart;
      if (separator > 0 && SCHEME.matcher(url.substring(0, separator)).matches()) {
        scheme = url.substring(0, separator);
        authorityStart = separator + "://".length();
      } else if (url.startsWith("//")) {
        scheme = "";
        authorityStart = "//".length();
      } else {
        return new UrlParts("", "", "", url);
      }
      int authorityEnd = authorityStart;
      while (authorityEnd < url.length() && "/?#".indexOf(url.charAt(authorityEnd)) < 0) {
        authorityEnd++;
      }
      int hostStart = url.lastIndexOf('@', authorityEnd - 1) + 1;
      if (hostStart < authorityStart) {
        hostStart = authorityStart;
      }
      int hostEnd = hostEnd(url, hostStart, authorityEnd);
      return new UrlParts(
          scheme,
          url.substring(scheme.length(), hostStart),
          url.substring(hostStart, hostEnd),
          url.substring(hostEnd));
    }

    /** The end of the host: before the port, but after a bracketed IPv6 address. */
    private static int hostEnd(String url, int hostStart, int authorityEnd) {
      int searchFrom = hostStart;
      if (hostStart < authorityEnd && url.charAt(hostStart) == '[') {
        int close = url.indexOf(']', hostStart);
        searchFrom = close < 0 || close > authorityEnd ? authorityEnd : close;
      }
      int colon = url.indexOf(':', searchFrom);
      return colon < 0 || colon > authorityEnd ? authorityEnd : colon;
    }
  }
}

package io.storylines.report;

/**
 * One section of the report: an anchor, a heading and a body rendered from its own small data.
 * Each section is built from one table (or the manifest); a section whose table is not in the
 * output is an {@link AbsentSection}.
 */
public interface ReportSection {
  /** The anchor of the section in the page, {@code [a-z-]+}. */
  String id();

  String heading();

  /** Writes the body, under the heading that {@link Report} writes. */
  void renderBody(HtmlWriter html);
}

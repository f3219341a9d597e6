package io.storylines.report;

/**
 * A section whose table is not in this output (an output written before the topic stage has no
 * topic tables, one written before the timelines stage no storyline timeline): its heading and one
 * line that says so, never made-up numbers.
 */
public record AbsentSection(String id, String heading) implements ReportSection {
  public static final String NOTE = "Not in this output.";

  @Override
  public void renderBody(HtmlWriter html) {
    html.element("p", NOTE, "class", "absent");
  }
}

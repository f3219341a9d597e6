package io.storylines.storyline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one storyline definition file (JSON, one storyline a file) and checks it against the
 * rules of {@code data/storylines/README.md}, collecting every problem with its file, line and key.
 *
 * <ol>
 *   <li><b>JSON.</b> UTF-8 text holding exactly one JSON object, no key twice in an object.
 *   <li><b>Keys.</b> At the top, {@code storyline_id}, {@code title} and {@code anchors} are
 *       required, {@code description}, {@code rule} and {@code frames} optional; in {@code rule},
 *       {@code mode}, {@code min_sentences} and {@code min_lexicon_hits}, all optional; in a frame,
 *       {@code frame_id}, {@code title} and {@code terms}, all required. Any other key is an error.
 *       A key whose value is {@code null} counts as left out.
 *   <li><b>Ids.</b> {@code storyline_id} and {@code frame_id} are slugs, {@code
 *       [a-z][a-z0-9_-]*}; a frame id is used once in a storyline; anchor group names are slugs.
 *   <li><b>Texts.</b> {@code title} is a non-blank string, {@code description} a string.
 *   <li><b>Anchors.</b> An object of group name to a non-empty array of entity ids; every id is an
 *       entity of the run's gazetteer, and in one group only. Mode {@code lexicon} may leave the
 *       object empty; the other modes need at least one group.
 *   <li><b>Rule.</b> {@code mode} is {@code sentence}, {@code article} or {@code lexicon}; {@code
 *       min_sentences} is an integer of at least 1, and only in mode {@code sentence}; {@code
 *       min_lexicon_hits} an integer of at least 0 (at least 1 in mode {@code lexicon}).
 *   <li><b>Frames.</b> An array of frames; {@code terms} is an object of language ({@code ar}, {@code
 *       en}, {@code tr}) to an array of terms, at least one term in all. Mode {@code lexicon} needs
 *       at least one frame.
 *   <li><b>Terms.</b> A term has a letter or digit, and a {@code *} only as its last character,
 *       after at least {@value LexiconMatcher#MIN_PREFIX_LENGTH} letters ({@link
 *       LexiconMatcher#termProblem}). A term is listed once per language in a storyline: two terms
 *       with the same key ({@link LexiconMatcher#termKey}) are an error, in one frame or two.
 * </ol>
 */
public final class StorylineParser {

  static final String STORYLINE_ID = "storyline_id";
  static final String TITLE = "title";
  static final String DESCRIPTION = "description";
  static final String ANCHORS = "anchors";
  static final String RULE = "rule";
  static final String FRAMES = "frames";
  static final String MODE = "mode";
  static final String MIN_SENTENCES = "min_sentences";
  static final String MIN_LEXICON_HITS = "min_lexicon_hits";
  static final String FRAME_ID = "frame_id";
  static final String TERMS = "terms";

  static final List<String> KEYS = List.of(STORYLINE_ID, TITLE, DESCRIPTION, ANCHORS, RULE, FRAMES);
  static final List<String> REQUIRED_KEYS = List.of(STORYLINE_ID, TITLE, ANCHORS);
  static final List<String> RULE_KEYS = List.of(MODE, MIN_SENTENCES, MIN_LEXICON_HITS);
  static final List<String> FRAME_KEYS = List.of(FRAME_ID, TITLE, TERMS);

  /** The languages a frame may list terms for. */
  public static final List<String> LANGUAGES = List.of("ar", "en", "tr");

  private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9_-]*");

  private final String file;
  private final Set<String> entityIds;
  private final List<String> problems = new ArrayList<>();

  private StorylineParser(String file, Set<String> entityIds) {
    this.file = file;
    this.entityIds = entityIds;
  }

  /**
   * The storyline that {@code text} defines.
   *
   * @param file the file's name, as messages give it
   * @param entityIds the entity ids of the run's gazetteer, which anchors may name
   * @throws StorylineException listing every problem, each with file, line and key
   */
  public static StorylineDefinition parse(String text, String file, Set<String> entityIds) {
    return new StorylineParser(file, entityIds).parse(text);
  }

  private StorylineDefinition parse(String text) {
    LocatedJson root;
    try {
      root = LocatedJson.parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (LocatedJson.SyntaxException e) {
      throw new StorylineException(List.of("bad JSON at " + at(e.line()) + ": " + e.getMessage()));
    }
    if (!root.isObject()) {
      throw new StorylineException(
          List.of("expected a JSON object at " + at(root.line()) + ", found " + root.typeName()));
    }
    Map<String, LocatedJson> top = keys(root, KEYS, REQUIRED_KEYS, "");
    String id = slug(top.get(STORYLINE_ID), STORYLINE_ID);
    String title = nonBlank(top.get(TITLE), TITLE);
    String description = top.containsKey(DESCRIPTION) ? string(top.get(DESCRIPTION), DESCRIPTION) : null;
    RelevanceRule rule = rule(top.get(RULE));
    List<AnchorGroup> anchors = anchors(top.get(ANCHORS), rule);
    List<Frame> frames = frames(top.get(FRAMES), rule);
    if (!problems.isEmpty()) {
      throw new StorylineException(problems);
    }
    return new StorylineDefinition(id, title, description, anchors, rule, frames, file);
  }

  private String at(long line) {
    return file + " line " + line;
  }

  /** The members of {@code object} with a value other than null, after checking its keys. */
  private Map<String, LocatedJson> keys(
      LocatedJson object, List<String> known, List<String> required, String where) {
    Map<String, LocatedJson> present = new LinkedHashMap<>();
    object.members()
        .forEach(
            (key, value) -> {
              if (!known.contains(key)) {
                problems.add(
                    "unknown key '" + where + key + "' at " + at(value.line())
                        + " (known: " + String.join(", ", known) + ")");
              } else if (!value.isNull()) {
                present.put(key, value);
              }
            });
    for (String key : required) {
      if (!present.containsKey(key)) {
        problems.add("missing key '" + where + key + "' at " + at(object.line()));
      }
    }
    return present;
  }

  private String string(LocatedJson value, String key) {
    if (value == null) {
      return null;
    }
    if (!value.isString()) {
      problems.add("key '" + key + "' at " + at(value.line()) + " must be a string, not " + value.typeName());
      return null;
    }
    return value.text();
  }

  private String nonBlank(LocatedJson value, String key) {
    String text = string(value, key);
    if (text != null && text.isBlank()) {
      problems.add("key '" + key + "' at " + at(value.line()) + " is blank");
    }
    return text;
  }

  private String slug(LocatedJson value, String key) {
    String text = string(value, key);
    if (text != null && !SLUG.matcher(text).matches()) {
      problems.add(
          "key '" + key + "' at " + at(value.line()) + " is '" + text
              + "', not a slug (lower-case letters, digits, '-' and '_', starting with a letter)");
    }
    return text;
  }

  private Integer integer(LocatedJson value, String key, int min) {
    if (value == null) {
      return null;
    }
    if (!(value.value() instanceof Long number)) {
      problems.add("key '" + key + "' at " + at(value.line()) + " must be an integer, not " + value.typeName());
      return null;
    }
    if (number < min || number > Integer.MAX_VALUE) {
      problems.add("key '" + key + "' at " + at(value.line()) + " must be at least " + min + ", not " + number);
      return null;
    }
    return number.intValue();
  }

  private RelevanceRule rule(LocatedJson value) {
    if (value == null) {
      return RelevanceRule.DEFAULT;
    }
    if (!value.isObject()) {
      problems.add("key 'rule' at " + at(value.line()) + " must be an object, not " + value.typeName());
      return RelevanceRule.DEFAULT;
    }
    Map<String, LocatedJson> members = keys(value, RULE_KEYS, List.of(), RULE + ".");
    RuleMode mode = RuleMode.SENTENCE;
    String code = string(members.get(MODE), RULE + "." + MODE);
    if (code != null) {
      Optional<RuleMode> parsed = RuleMode.fromCode(code);
      if (parsed.isEmpty()) {
        problems.add(
            "unknown mode '" + code + "' of key 'rule.mode' at " + at(members.get(MODE).line())
                + " (known: " + String.join(", ", RuleMode.codes()) + ")");
      } else {
        mode = parsed.get();
      }
    }
    LocatedJson minSentencesValue = members.get(MIN_SENTENCES);
    if (minSentencesValue != null && mode != RuleMode.SENTENCE) {
      problems.add(
          "key 'rule.min_sentences' at " + at(minSentencesValue.line())
              + " applies only to mode 'sentence', not '" + mode.code() + "'");
    }
    Integer minSentences = integer(minSentencesValue, RULE + "." + MIN_SENTENCES, 1);
    int lexiconFloor = mode == RuleMode.LEXICON ? 1 : 0;
    Integer minHits = integer(members.get(MIN_LEXICON_HITS), RULE + "." + MIN_LEXICON_HITS, lexiconFloor);
    return new RelevanceRule(
        mode,
        minSentences == null ? RelevanceRule.DEFAULT_MIN_SENTENCES : minSentences,
        minHits != null
            ? minHits
            : mode == RuleMode.LEXICON
                ? RelevanceRule.DEFAULT_LEXICON_MIN_HITS
                : RelevanceRule.DEFAULT_MIN_LEXICON_HITS);
  }

  private List<AnchorGroup> anchors(LocatedJson value, RelevanceRule rule) {
    List<AnchorGroup> groups = new ArrayList<>();
    if (value == null) {
      return groups;
    }
    if (!value.isObject()) {
      problems.add("key 'anchors' at " + at(value.line()) + " must be an object of group name to entity ids, not " + value.typeName());
      return groups;
    }
    if (value.members().isEmpty() && rule.mode().needsAnchors()) {
      problems.add(
          "key 'anchors' at " + at(value.line()) + " has no group; mode '" + rule.mode().code()
              + "' needs at least one");
    }
    Map<String, String> groupOfEntity = new HashMap<>();
    value.members()
        .forEach(
            (name, ids) -> {
              String where = "anchors." + name;
              if (!SLUG.matcher(name).matches()) {
                problems.add(
                    "anchor group name '" + name + "' at " + at(ids.line())
                        + " is not a slug (lower-case letters, digits, '-' and '_', starting with a letter)");
              }
              if (!ids.isArray()) {
                problems.add("key '" + where + "' at " + at(ids.line()) + " must be an array of entity ids, not " + ids.typeName());
                return;
              }
              if (ids.elements().isEmpty()) {
                problems.add("anchor group '" + name + "' at " + at(ids.line()) + " is empty");
                return;
              }
              List<String> entities = new ArrayList<>();
              for (LocatedJson id : ids.elements()) {
                String entityId = string(id, where);
                if (entityId == null) {
                  continue;
                }
                if (!entityIds.contains(entityId)) {
                  List<String> near = EntityIdSuggestions.of(entityId, entityIds);
                  problems.add(
                      "unknown entity '" + entityId + "' in key '" + where + "' at " + at(id.line())
                          + " (not in the gazetteer"
                          + (near.isEmpty() ? "" : "; did you mean " + String.join(" or ", near) + "?")
                          + ")");
                  continue;
                }
                String earlier = groupOfEntity.putIfAbsent(entityId, name);
                if (earlier != null) {
                  problems.add(
                      "entity '" + entityId + "' in key '" + where + "' at " + at(id.line())
                          + (earlier.equals(name) ? " is listed twice" : " is also in group '" + earlier + "'"));
                  continue;
                }
                entities.add(entityId);
              }
              if (!entities.isEmpty()) {
                groups.add(new AnchorGroup(name, entities));
              }
            });
    return groups;
  }

  private List<Frame> frames(LocatedJson value, RelevanceRule rule) {
    List<Frame> frames = new ArrayList<>();
    if (value == null || (value.isArray() && value.elements().isEmpty())) {
      if (rule.mode() == RuleMode.LEXICON) {
        problems.add("mode 'lexicon' needs at least one frame, and " + file + " has none");
      }
      return frames;
    }
    if (!value.isArray()) {
      problems.add("key 'frames' at " + at(value.line()) + " must be an array of frames, not " + value.typeName());
      return frames;
    }
    Map<String, Long> frameLines = new HashMap<>();
    Map<String, String> termLines = new HashMap<>();
    for (LocatedJson element : value.elements()) {
      if (!element.isObject()) {
        problems.add("a frame at " + at(element.line()) + " must be an object, not " + element.typeName());
        continue;
      }
      Map<String, LocatedJson> members = keys(element, FRAME_KEYS, FRAME_KEYS, "frames[].");
      String frameId = slug(members.get(FRAME_ID), "frames[].frame_id");
      String title = nonBlank(members.get(TITLE), "frames[].title");
      if (frameId != null) {
        Long earlier = frameLines.putIfAbsent(frameId, members.get(FRAME_ID).line());
        if (earlier != null) {
          problems.add(
              "frame '" + frameId + "' at " + at(members.get(FRAME_ID).line())
                  + " is defined twice (first at line " + earlier + ")");
        }
      }
      Map<String, List<String>> terms = terms(members.get(TERMS), frameId, termLines);
      if (frameId != null && title != null && terms != null) {
        frames.add(new Frame(frameId, title, terms));
      }
    }
    return frames;
  }

  private Map<String, List<String>> terms(
      LocatedJson value, String frameId, Map<String, String> termLines) {
    if (value == null) {
      return null;
    }
    String where = "frames[" + (frameId == null ? "" : frameId) + "].terms";
    if (!value.isObject()) {
      problems.add("key '" + where + "' at " + at(value.line()) + " must be an object of language to terms, not " + value.typeName());
      return null;
    }
    Map<String, List<String>> terms = new LinkedHashMap<>();
    int count = 0;
    for (Map.Entry<String, LocatedJson> byLang : value.members().entrySet()) {
      String lang = byLang.getKey();
      LocatedJson list = byLang.getValue();
      if (!LANGUAGES.contains(lang)) {
        problems.add(
            "unknown language '" + lang + "' in key '" + where + "' at " + at(list.line())
                + " (known: " + String.join(", ", LANGUAGES) + ")");
        continue;
      }
      if (!list.isArray()) {
        problems.add("key '" + where + "." + lang + "' at " + at(list.line()) + " must be an array of strings, not " + list.typeName());
        continue;
      }
      List<String> written = new ArrayList<>();
      for (LocatedJson term : list.elements()) {
        String text = string(term, where + "." + lang);
        if (text == null) {
          continue;
        }
        Optional<String> problem = LexiconMatcher.termProblem(text, lang);
        if (problem.isPresent()) {
          problems.add(problem.get() + " in key '" + where + "." + lang + "' at " + at(term.line()));
          continue;
        }
        String place = "frame '" + frameId + "' line " + term.line();
        String earlier = termLines.putIfAbsent(lang + " " + LexiconMatcher.termKey(text, lang), place);
        if (earlier != null) {
          problems.add(
              "term '" + text + "' in key '" + where + "." + lang + "' at " + at(term.line())
                  + " is already listed (" + earlier + ")");
          continue;
        }
        written.add(text);
        count++;
      }
      terms.put(lang, written);
    }
    if (count == 0) {
      problems.add("frame '" + frameId + "' at " + at(value.line()) + " has no term");
      return null;
    }
    return terms;
  }
}

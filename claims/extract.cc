#include "claims/extract.h"

#include <algorithm>
#include <optional>

#include "absl/algorithm/container.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "claims/acronyms.h"
#include "claims/attribution.h"
#include "claims/dated_event.h"
#include "claims/diagnostic.h"
#include "claims/frame.h"
#include "claims/line_index.h"
#include "claims/mention_kind.h"
#include "claims/metric.h"
#include "claims/needs_source.h"
#include "claims/reported_speech.h"
#include "claims/subject.h"
#include "claims/tagged_sentence.h"
#include "normalize/lexer.h"
#include "normalize/lexicon.h"
#include "normalize/names.h"
#include "normalize/normalizer.h"
#include "normalize/quantity.h"
#include "normalize/time.h"

namespace claimcheck {
namespace {

constexpr absl::string_view kHedges[] = {
    "may",         "might",    "could",     "estimated",  "estimate",
    "expected",    "likely",   "projected", "reportedly", "possibly",
    "potentially", "forecast", "roughly"};

struct SentenceFacts {
  const Sentence* sentence;
  absl::string_view text;  // the sentence as written in Article.text
  size_t offset;           // its byte offset in Article.text
  std::vector<Mention> mentions;
  std::vector<EntityMention> entities;
  Attribution attribution;
  std::optional<std::pair<size_t, size_t>> citation_marker;
  std::vector<Token> tokens;
};

bool Overlaps(size_t a_begin, size_t a_end, size_t b_begin, size_t b_end) {
  return a_begin < b_end && b_begin < a_end;
}

// Token indices [begin, end) of the clause holding byte `at`: between
// commas, semicolons, colons, brackets, quotes and dashes (an em dash, or a
// dash with a space on either side; not the hyphen of "H-1B").
// With `colons`, only colons, semicolons and dashes bound it (the subject
// of "China, the report says, holds 61 percent" is across commas).
std::pair<size_t, size_t> ClauseAround(absl::string_view text,
                                       const std::vector<Token>& tokens,
                                       size_t at, bool colons = false) {
  auto boundary = [&](size_t k) {
    const Token& t = tokens[k];
    if (t.kind != TokenKind::kSymbol) return false;
    if (t.norm == "-") {
      return absl::StartsWith(text.substr(t.begin), "\xE2\x80\x94") ||
             t.space_before ||
             (k + 1 < tokens.size() && tokens[k + 1].space_before);
    }
    if (colons) return t.norm == ";" || t.norm == ":";
    return t.norm == "," || t.norm == ";" || t.norm == "(" || t.norm == ")" ||
           t.norm == ":" || t.norm == "\"";
  };
  size_t center = 0;
  while (center < tokens.size() && tokens[center].end <= at) ++center;
  size_t begin = center;
  while (begin > 0 && !boundary(begin - 1)) --begin;
  size_t end = center;
  while (end < tokens.size() && !boundary(end)) ++end;
  // "$US1 trillion ($A1.5 trillion) was wiped off...": a bracket holding
  // a conversion does not end the clause.
  if (!colons && end < tokens.size() && tokens[end].norm == "(") {
    size_t close = end + 1;
    while (close < tokens.size() && close < end + 8 &&
           tokens[close].norm != ")") {
      ++close;
    }
    if (close < tokens.size() && tokens[close].norm == ")") {
      end = close + 1;
      while (end < tokens.size() && !boundary(end)) ++end;
    }
  }
  return {begin, end};
}

Span AbsoluteSpan(const LineIndex& index, size_t offset, size_t begin,
                  size_t end) {
  return index.MakeSpan(offset + begin, offset + end);
}

// Byte ranges of `text` that are not article text for subjects: a
// dateline opening a paragraph ("GAZA CITY (AP) --", "LONDON, March 3
// (Reuters) -"), whose place is where the reporter stood, not what the
// figures are about.
size_t DatelineEnd(absl::string_view text) {
  const size_t dash = text.find(" -");
  const size_t em = text.find("\xE2\x80\x94");
  const size_t end = std::min(dash, em);
  if (end == absl::string_view::npos || end > 60) return 0;
  const absl::string_view head = text.substr(0, end);
  // Capitals, commas, spaces and an agency in brackets.
  int upper = 0, lower_outside_brackets = 0;
  bool in_bracket = false;
  for (char c : head) {
    if (c == '(') in_bracket = true;
    if (c == ')') in_bracket = false;
    if (absl::ascii_isupper(static_cast<unsigned char>(c))) ++upper;
    if (absl::ascii_islower(static_cast<unsigned char>(c)) && !in_bracket) {
      ++lower_outside_brackets;
    }
  }
  if (upper < 3 || lower_outside_brackets > 0) return 0;
  return end;
}

// Paragraphs that are not article text: photo captions and credits,
// "Related:" lists, contact and syndication lines.
bool Boilerplate(absl::string_view paragraph) {
  static constexpr absl::string_view kOpenings[] = {
      "Related:",     "Related stories", "Read more:",
      "Photo:",       "Image:",          "Credit:",
      "Copyright",    "\xC2\xA9",        "Contact:",
      "Follow us",    "Subscribe",       "Sign up",
      "Reporting by", "Editing by",      "Additional reporting",
      "(Photo",       "Photograph:"};
  for (absl::string_view opening : kOpenings) {
    if (absl::StartsWithIgnoreCase(paragraph, opening)) return true;
  }
  return absl::StrContains(paragraph, "(Photo by ") ||
         absl::StrContains(paragraph, "/ AFP)") ||
         absl::StrContains(paragraph, "Getty Images") ||
         absl::StrContains(paragraph, "(AP Photo");
}

// Whether only spaces and an opening bracket (with an approximation word)
// stand between bytes `from` and `to` of `text`: a figure's bracketed
// conversion.
bool OpensBracketAfter(absl::string_view text, size_t from, size_t to,
                       bool chained) {
  if (from > to || to > text.size()) return false;
  const absl::string_view between =
      absl::StripAsciiWhitespace(text.substr(from, to - from));
  // "(US$2.19bn; €1.7bn)": the next conversion in the same bracket.
  if (chained && (between == ";" || between == ",")) return true;
  // "250 miles (405 kilometers)", "0.2 moles of oxygen per cubic meter
  // (6.4 mg per liter)": the figure's unit, what it measures and per what,
  // then the bracket.
  if (absl::EndsWith(between, "(")) {
    const std::vector<absl::string_view> words = absl::StrSplit(
        between.substr(0, between.size() - 1), ' ', absl::SkipEmpty());
    const auto unit = [&](size_t k) {
      return k < words.size() && IsMeasureUnit(Lexicon::Default().Lemma(
                                     words[k], WordClass::kNoun));
    };
    if (unit(0)) {
      size_t k = 1;
      if (k + 1 < words.size() && words[k] == "of") k += 2;
      if (k < words.size() && words[k] == "per") {
        ++k;
        if (k < words.size() && (words[k] == "cubic" || words[k] == "square")) {
          ++k;
        }
        if (!unit(k++)) return false;
      }
      return k == words.size();
    }
  }
  return between == "(" || between == "(about" || between == "(around" ||
         between == "(roughly" || between == "(approximately";
}

bool IsTimeUnit(absl::string_view lemma) {
  return lemma == "second" || lemma == "minute" || lemma == "hour" ||
         lemma == "day" || lemma == "week" || lemma == "month" ||
         lemma == "year" || lemma == "decade" || lemma == "century";
}

// "IEA" the article defines as "the International Energy Agency": keyed as
// the expansion (the gazetteer's key when it knows it), so the acronym and
// the full name are one subject; and the initials that match either
// across articles.
void KeyByAcronym(const Acronyms& acronyms, const Gazetteer& gazetteer,
                  Subject& subject) {
  const std::string expansion = acronyms.Expand(subject.text());
  if (!expansion.empty() && subject.kind() != "country") {
    const std::vector<EntityMention> known = gazetteer.Find(expansion);
    if (known.size() == 1 && known[0].begin == 0 &&
        known[0].end == expansion.size()) {
      subject.set_key(known[0].key);
    } else {
      subject.set_key(absl::StrReplaceAll(NameKey(expansion), {{" ", "_"}}));
    }
  }
  std::string initials =
      Initials(expansion.empty() ? subject.text() : expansion);
  if (initials.empty() && subject.text().size() >= 2 &&
      absl::c_all_of(subject.text(), [](char c) {
        return absl::ascii_isupper(static_cast<unsigned char>(c));
      })) {
    initials = absl::AsciiStrToLower(subject.text());
  }
  subject.set_initials(initials);
}

// A date an event may carry: resolved, a day, a month or a year (not a
// stretch of time such as "the past two years").
// An organisation or a country: what "the company" or "the government"
// can stand for.
bool IsGroup(const Subject& s) {
  return s.kind() == "organisation" || s.kind() == "country";
}

bool DatedCandidate(const Mention& m) {
  if (!m.has_time() || !m.time().resolved()) return false;
  const TimeRef::Granularity g = m.time().granularity();
  return g == TimeRef::DAY || g == TimeRef::MONTH || g == TimeRef::YEAR;
}

}  // namespace

std::string BareDollarCurrency(const Article& article) {
  // The outlet's own dollar, unless the story names another
  // (normalize/quantity.h).
  const absl::string_view outlet =
      absl::StrContains(article.url(), ".au/") ? "AUD" : "USD";
  if (!MayUseBareDollar(article.text())) return std::string(outlet);
  return DollarOfText(Tokenize(article.text()), outlet);
}

std::vector<Claim> ExtractClaims(const Article& article,
                                 const Gazetteer& gazetteer,
                                 std::vector<Diagnostic>* diagnostics) {
  const std::string& text = article.text();
  const LineIndex index(text);
  NormalizeOptions options;
  options.bare_dollar_currency = BareDollarCurrency(article);
  const std::optional<date::year_month_day> reference =
      ParseIsoDay(article.published());
  const Lexicon& lexicon = Lexicon::Default();
  // The acronyms the article defines ("the International Energy Agency
  // (IEA)") and those every reader knows.
  const Acronyms acronyms = Acronyms::Defined(text);

  // One pass over the sentences: what each says, and per paragraph its
  // first attribution (the fallback for its figures).
  std::vector<SentenceFacts> sentences;
  std::vector<int> paragraph_attribution(article.paragraphs_size(), -1);
  std::vector<bool> boilerplate(article.paragraphs_size(), false);
  for (int p = 0; p < article.paragraphs_size(); ++p) {
    const Span& span = article.paragraphs(p).span();
    const absl::string_view paragraph =
        absl::string_view(text).substr(span.begin(), span.end() - span.begin());
    // A headline repeated as the first line is not a second statement.
    boilerplate[p] =
        Boilerplate(paragraph) ||
        (p == 0 && article.paragraphs_size() > 1 && !article.title().empty() &&
         absl::StripAsciiWhitespace(paragraph) ==
             absl::StripAsciiWhitespace(article.title()));
  }
  // The anchor date, carried from sentence to sentence.
  TimeContext time_context;
  int crowded_sentences = 0;
  const Sentence* first_crowded = nullptr;
  size_t first_crowded_mentions = 0;
  for (const Sentence& sentence : article.sentences()) {
    SentenceFacts facts;
    facts.sentence = &sentence;
    facts.offset = sentence.span().begin();
    // Sentence.text has hard-wrap newlines as spaces; same bytes otherwise.
    facts.text = sentence.text();
    const uint32_t p = sentence.paragraph();
    if (p < boilerplate.size() && boilerplate[p]) continue;
    // Tokenised once for the normaliser, the gazetteer, the attribution
    // and the mention kinds.
    facts.tokens = Tokenize(facts.text);
    facts.mentions =
        Normalize(facts.text, facts.tokens, reference, options, &time_context);
    if (facts.mentions.size() > kMaxMentionsPerSentence) {
      // A table or a list flattened into one sentence: each figure's frame
      // looks over the whole sentence, so read a bounded number of them.
      if (crowded_sentences++ == 0) {
        first_crowded = &sentence;
        first_crowded_mentions = facts.mentions.size();
      }
      facts.mentions.resize(kMaxMentionsPerSentence);
    }
    facts.entities = gazetteer.Find(facts.text, facts.tokens);
    facts.attribution =
        FindAttribution(facts.text, facts.tokens, facts.entities);
    facts.citation_marker = CitationMarker(facts.text, facts.tokens);
    const int s = static_cast<int>(sentences.size());
    if (p < paragraph_attribution.size() && paragraph_attribution[p] < 0 &&
        facts.attribution.kind() != Attribution::NONE) {
      paragraph_attribution[p] = s;
    }
    sentences.push_back(std::move(facts));
  }
  if (crowded_sentences > 0 && diagnostics != nullptr) {
    // One warning per article, at the first such sentence.
    const bool in_record = article.source_line() > 0;
    diagnostics->push_back(MakeDiagnostic(
        WARNING, article.source(),
        in_record ? article.source_line() : first_crowded->span().line(),
        in_record ? 0 : first_crowded->span().column(),
        absl::StrCat(crowded_sentences,
                     crowded_sentences == 1 ? " sentence" : " sentences",
                     " with more than ", kMaxMentionsPerSentence,
                     " figures and dates: only the first ",
                     kMaxMentionsPerSentence,
                     " of each are read (the first has ",
                     first_crowded_mentions, ", here)"),
        /*skipped=*/false));
  }

  std::vector<Claim> claims;
  std::optional<TimeRef> last_time;
  // The last claim's subject (for anaphors: "It fell 3% in May", "the
  // company said") and the paragraph's last claim (for elliptical frames:
  // "Japan accounted for 9 percent that year").
  std::optional<Subject> previous_subject;
  // The article's last organisation or country, for "the company".
  std::optional<Subject> last_group;
  int previous_claim = -1;  // index into claims
  bool previous_conversion = false;
  uint32_t paragraph = UINT32_MAX;
  bool first_of_paragraph = false;
  for (size_t s = 0; s < sentences.size(); ++s) {
    const SentenceFacts& facts = sentences[s];
    first_of_paragraph = facts.sentence->paragraph() != paragraph;
    if (first_of_paragraph) {
      paragraph = facts.sentence->paragraph();
      previous_claim = -1;
      previous_subject.reset();
    }
    bool has_value = false;
    for (const Mention& m : facts.mentions) {
      has_value |= m.has_quantity() || DatedCandidate(m);
    }
    if (!has_value) {
      // A sentence without figures still names what later anaphors ("the
      // company said", "it") stand for: its first known entity.
      bool first = true;
      for (const EntityMention& e : facts.entities) {
        if (e.kind == "outlet") continue;
        Subject antecedent;
        antecedent.set_key(e.key);
        antecedent.set_text(e.text);
        antecedent.set_kind(e.kind);
        *antecedent.mutable_span() =
            AbsoluteSpan(index, facts.offset, e.begin, e.end);
        if (first) previous_subject = antecedent;
        first = false;
        if (IsGroup(antecedent)) {
          last_group = antecedent;
          break;
        }
      }
      continue;
    }
    // Tagged only where figures or dates are.
    // Parsed only where figures are: a sentence with dates alone needs the
    // tags for its dated events, not the tree.
    bool has_figure = false;
    for (const Mention& m : facts.mentions) has_figure |= m.has_quantity();
    const std::vector<TaggedWord> words = TagSentence(facts.text, has_figure);
    std::vector<std::pair<uint32_t, uint32_t>> excluded;
    for (const Mention& m : facts.mentions)
      excluded.push_back({m.begin(), m.end()});
    if (first_of_paragraph) {
      if (const size_t end = DatelineEnd(facts.text); end > 0) {
        excluded.push_back({0, static_cast<uint32_t>(end)});
      }
    }
    const std::vector<NamedEntity> entities =
        SentenceEntities(words, facts.entities, excluded);
    const Span& source = facts.attribution.span();
    for (const Mention& m : facts.mentions) {
      if (!m.has_quantity()) continue;
      Claim claim;
      claim.set_id(absl::StrCat(article.id(), "@", facts.offset + m.begin()));
      claim.set_article_id(article.id());
      *claim.mutable_sentence() = facts.sentence->span();
      claim.set_sentence_text(facts.sentence->text());
      *claim.mutable_quantity_span() =
          AbsoluteSpan(index, facts.offset, m.begin(), m.end());
      claim.set_quantity_text(m.text());
      *claim.mutable_quantity() = m.quantity();
      const bool marker = facts.citation_marker &&
                          m.begin() >= facts.citation_marker->first &&
                          m.end() <= facts.citation_marker->second;
      claim.set_kind(
          marker ? MARKER
                 : ClassifyMention(facts.tokens, m, first_of_paragraph));
      // "A third person was arrested": the word the normaliser read as a
      // fraction modifies a noun as an adjective, so it ranks (a fraction
      // heads its phrase: "a third of the voters").
      if (claim.kind() == CLAIM && m.quantity().from_fraction()) {
        for (const TaggedWord& w : words) {
          if (w.end == m.end() && w.xpos == "JJ" && w.relation == "amod") {
            claim.set_kind(ORDINAL);
          }
        }
      }
      if (claim.kind() != CLAIM) {
        claims.push_back(std::move(claim));
        continue;
      }

      // Frame: what the figure counts and the verb that governs it.
      const FrameWords frame =
          FindFrame(words, m.begin(), m.end(), m.quantity().unit());
      Frame* out = claim.mutable_frame();
      out->set_change(frame.change_without_thing || frame.change_by_word);
      const auto phrase = [&](int first, int last, Phrase* phrase) {
        phrase->set_text(std::string(facts.text.substr(
            words[first].begin, words[last].end - words[first].begin)));
        *phrase->mutable_span() = AbsoluteSpan(
            index, facts.offset, words[first].begin, words[last].end);
      };
      if (frame.counted_head >= 0) {
        Phrase* counted = out->mutable_counted();
        const int first =
            frame.modifiers.empty()
                ? frame.counted_head
                : std::min(frame.modifiers.front(), frame.counted_head);
        phrase(first, frame.counted_head, counted);
        counted->set_lemma(frame.counted_lemma);
        counted->add_keys(lexicon.Key(frame.counted_lemma, WordClass::kNoun));
        for (int k : frame.modifiers) {
          counted->add_modifiers(words[k].lemma);
          // "AI patents" meets "artificial intelligence patents".
          const std::string expansion = acronyms.Expand(words[k].text);
          counted->add_keys(expansion.empty()
                                ? lexicon.Key(words[k].lemma, WordClass::kNoun)
                                : lexicon.Key(expansion, WordClass::kNoun));
        }
      } else if (previous_claim >= 0 &&
                 claims[previous_claim].frame().has_counted() &&
                 (claims[previous_claim].quantity().unit() ==
                      m.quantity().unit() ||
                  (frame.change_in_apposition &&
                   claims[previous_claim].sentence().begin() ==
                       facts.sentence->span().begin()))) {
        // "21,409 vehicles were delivered, an increase of 11.7 per cent":
        // a change that names no thing is the change of the sentence's
        // last counted thing.
        // "Japan accounted for 9 percent that year": the same share.
        *out->mutable_counted() = claims[previous_claim].frame().counted();
        out->set_inherited(true);
      }
      if (frame.predicate >= 0) {
        Phrase* predicate = out->mutable_predicate();
        phrase(frame.predicate,
               frame.particle >= 0 ? frame.particle : frame.predicate,
               predicate);
        predicate->set_lemma(frame.predicate_lemma);
        predicate->add_keys(PredicateKey(frame.predicate_lemma));
      }

      // Subject: from the figure's own clause.
      // A bracketed conversion right after a figure ("$US1 trillion ($A1.5
      // trillion)") is about what that figure is about.
      std::optional<Subject> subject;
      const bool conversion =
          previous_claim >= 0 &&
          claims[previous_claim].sentence().begin() ==
              facts.sentence->span().begin() &&
          OpensBracketAfter(
              facts.text,
              claims[previous_claim].quantity_span().end() - facts.offset,
              m.begin(), previous_conversion);
      previous_conversion = conversion;
      if (conversion) {
        if (claims[previous_claim].has_subject()) {
          subject = claims[previous_claim].subject();
        }
        // It counts what its figure counts ("250 miles (405 kilometers)"
        // of a mine's distance), whatever its own unit.
        if (claims[previous_claim].frame().has_counted()) {
          *out->mutable_counted() = claims[previous_claim].frame().counted();
        } else {
          out->clear_counted();
        }
      } else {
        Antecedents before;
        before.previous = previous_subject;
        before.previous_same_quantity =
            previous_claim >= 0 &&
            claims[previous_claim].quantity().unit() == m.quantity().unit();
        before.group = last_group;
        subject =
            FindSubject(words, entities, frame, facts.attribution, before);
      }
      if (subject) {
        KeyByAcronym(acronyms, gazetteer, *subject);
        if (subject->role() != "previous" && subject->role() != "group" &&
            !conversion) {
          *subject->mutable_span() =
              AbsoluteSpan(index, facts.offset, subject->span().begin(),
                           subject->span().end());
        }
        previous_subject = subject;
        if (IsGroup(*subject) && subject->role() != "group") {
          last_group = subject;
        }
        *claim.mutable_subject() = *subject;
      }

      // Metric: the clause's content words (the contradiction rule's key
      // until it compares frames).
      const auto [clause_begin, clause_end] =
          ClauseAround(facts.text, facts.tokens, m.begin());
      std::vector<std::string> metric_words;
      size_t metric_begin = 0, metric_end = 0;
      bool negated = false;
      for (size_t k = clause_begin; k < clause_end; ++k) {
        const Token& t = facts.tokens[k];
        if (t.norm == "not" || t.norm == "never" ||
            (t.norm == "t" && k > 0 && facts.tokens[k - 1].norm == "'") ||
            (t.norm == "no" && k + 1 < clause_end &&
             facts.tokens[k + 1].norm == "longer")) {
          negated = true;
        }
        if (t.kind == TokenKind::kSymbol) continue;
        // "H-1B", "AI-driven": parts joined by hyphens are one word.
        size_t last = k;
        while (last + 2 < clause_end && facts.tokens[last + 1].norm == "-" &&
               !facts.tokens[last + 1].space_before &&
               !facts.tokens[last + 2].space_before &&
               facts.tokens[last + 2].kind != TokenKind::kSymbol) {
          last += 2;
        }
        while (last + 1 < clause_end &&
               facts.tokens[last + 1].kind != TokenKind::kSymbol &&
               !facts.tokens[last + 1].space_before) {
          ++last;  // "1B" after "H-"
        }
        const size_t word_begin = t.begin;
        const size_t word_end = facts.tokens[last].end;
        const bool compound = last > k;
        k = last;
        if (t.kind != TokenKind::kWord && !compound) continue;
        bool excluded_word = false;
        for (const Mention& other : facts.mentions) {
          excluded_word |=
              Overlaps(word_begin, word_end, other.begin(), other.end());
        }
        for (const EntityMention& e : facts.entities) {
          excluded_word |= Overlaps(word_begin, word_end, e.begin, e.end);
        }
        if (subject && subject->role() != "previous" &&
            subject->role() != "group") {
          excluded_word |= Overlaps(word_begin, word_end,
                                    subject->span().begin() - facts.offset,
                                    subject->span().end() - facts.offset);
        }
        if (facts.attribution.kind() != Attribution::NONE) {
          excluded_word |=
              Overlaps(word_begin, word_end, source.begin(), source.end());
        }
        if (excluded_word || (!compound && IsStopWord(t.norm))) continue;
        if (metric_words.empty()) metric_begin = word_begin;
        metric_end = word_end;
        metric_words.emplace_back(
            facts.text.substr(word_begin, word_end - word_begin));
      }
      Metric* metric = claim.mutable_metric();
      for (std::string& term : MetricTerms(metric_words)) {
        metric->add_terms(std::move(term));
      }
      // "$US1 trillion ($A1.5 trillion)": a figure alone in its clause
      // measures what the one before it in the sentence does.
      if (metric->terms().empty() && previous_claim >= 0 &&
          claims[previous_claim].sentence().begin() ==
              facts.sentence->span().begin()) {
        *metric = claims[previous_claim].metric();
        metric_words.clear();
      }
      if (!metric_words.empty()) {
        metric->set_text(std::string(
            facts.text.substr(metric_begin, metric_end - metric_begin)));
        *metric->mutable_span() =
            AbsoluteSpan(index, facts.offset, metric_begin, metric_end);
      }

      // Time: a date in the figure's clause; else the nearest before it in
      // the sentence ("In 2022, China ..., whereas the US held 20.9
      // percent - a contrast to 2010" is 2022 for 20.9). A date after the
      // figure outside its clause belongs to another statement ("24 trams,
      // which were built between 1998 and 2000"), and another sentence's
      // date to another statement: measured on the dev gold, carrying the
      // paragraph's first date cost more than it gained.
      const size_t clause_from =
          clause_begin < clause_end ? facts.tokens[clause_begin].begin : 0;
      const size_t clause_to =
          clause_begin < clause_end ? facts.tokens[clause_end - 1].end : 0;
      // A date after "than", "from" or "compared to" is the baseline the
      // figure is set against ("7.1% more than July 2010"), not its time;
      // after "since", where a running total starts ("7.2 million jobs
      // lost since December 2007"), which is not its time either.
      const auto baseline = [&](const Mention& date) {
        size_t k = 0;
        while (k < facts.tokens.size() && facts.tokens[k].end <= date.begin()) {
          ++k;
        }
        for (size_t j = k >= 3 ? k - 3 : 0; j < k; ++j) {
          const std::string& w = facts.tokens[j].norm;
          if (w == "than" || w == "from" || w == "compared" || w == "versus" ||
              w == "vs") {
            return true;
          }
        }
        // "since the recession began in December 2007": the start of a
        // running total, up to eight words back within the clause.
        for (size_t j = k >= 8 ? k - 8 : 0; j < k; ++j) {
          if (facts.tokens[j].norm == "since") {
            bool comma = false;
            for (size_t c = j + 1; c < k; ++c)
              comma |= facts.tokens[c].norm == ",";
            if (!comma) return true;
          }
        }
        return false;
      };
      const Mention* in_clause = nullptr;
      const Mention* before = nullptr;
      for (const Mention& other : facts.mentions) {
        // A time of day is no period a figure is about; its day, when the
        // sentence names one, is a mention of its own.
        if (!other.has_time() || baseline(other) ||
            other.time().granularity() == TimeRef::TIME_OF_DAY) {
          continue;
        }
        if (other.begin() >= clause_from && other.end() <= clause_to &&
            in_clause == nullptr) {
          in_clause = &other;
        }
        if (other.end() <= m.begin()) before = &other;
      }
      const Mention* time = in_clause != nullptr ? in_clause : before;
      // A sentence that says "now" is about the published date.
      bool now = false;
      for (const Token& t : facts.tokens) {
        now |= t.norm == "now" || t.norm == "currently" || t.norm == "today";
      }
      // "in the same year", "that year": the date the article gave last.
      const bool anaphoric =
          time != nullptr && (absl::StartsWith(time->text(), "the same") ||
                              absl::StartsWith(time->text(), "same"));
      bool that_unit = false;
      for (size_t k = 0; k + 1 < facts.tokens.size(); ++k) {
        that_unit |= facts.tokens[k].norm == "that" &&
                     (facts.tokens[k + 1].norm == "year" ||
                      facts.tokens[k + 1].norm == "month");
      }
      if ((anaphoric || (time == nullptr && that_unit)) && last_time) {
        *claim.mutable_time() = *last_time;
      } else if (time != nullptr) {
        *claim.mutable_time() = time->time();
        *claim.mutable_time()->mutable_span() =
            AbsoluteSpan(index, facts.offset, time->begin(), time->end());
      } else if (now && !article.published().empty()) {
        TimeRef* published = claim.mutable_time();
        published->set_begin(article.published());
        published->set_end(article.published());
        published->set_granularity(TimeRef::DAY);
        published->set_relative(true);
        published->set_resolved(true);
        published->set_text("now");
      }

      // Attribution: the sentence's, else its paragraph's.
      const int attribution_sentence =
          facts.sentence->paragraph() < paragraph_attribution.size()
              ? paragraph_attribution[facts.sentence->paragraph()]
              : -1;
      if (facts.attribution.kind() != Attribution::NONE) {
        *claim.mutable_attribution() = facts.attribution;
        *claim.mutable_attribution()->mutable_span() =
            AbsoluteSpan(index, facts.offset, source.begin(), source.end());
      } else if (attribution_sentence >= 0) {
        *claim.mutable_attribution() =
            sentences[attribution_sentence].attribution;
      } else if (const std::optional<Reporter> reporter =
                     FindReporter(words, frame)) {
        // "Forbes has listed 1,210 billionaires", "he emphasised: '2 per
        // cent is unacceptable'", "as stated by the legislators".
        Attribution* reported = claim.mutable_attribution();
        reported->set_kind(Attribution::NAMED);
        const uint32_t begin = words[reporter->first].begin;
        const uint32_t end = words[reporter->last].end;
        reported->set_source(
            std::string(facts.text.substr(begin, end - begin)));
        *reported->mutable_span() =
            AbsoluteSpan(index, facts.offset, begin, end);
      } else if (claim.has_subject() &&
                 (claim.subject().kind() == "organisation" ||
                  claim.subject().kind() == "name") &&
                 m.quantity().unit() != Quantity::DURATION_DAYS &&
                 claim.subject().span().begin() <
                     claim.quantity_span().begin() &&
                 (claim.subject().role() == "subject" ||
                  claim.subject().role() == "possessor")) {
        // A named organisation stating its own figure ("ICBC serves more
        // than 108 million customers", "BMW's sales rose 7.6%",
        // "Starbucks will close 600 stores") is its source. Names the text
        // writes count too; countries (the gazetteer's) do not: "China
        // installed 295,000 robots" is not China's own word.
        Attribution* self = claim.mutable_attribution();
        self->set_kind(Attribution::NAMED);
        self->set_source(claim.subject().text());
        *self->mutable_span() = claim.subject().span();
      }

      // Hedges and negation.
      for (const Token& t : facts.tokens) {
        for (absl::string_view hedge : kHedges) {
          if (t.kind == TokenKind::kWord && t.norm == hedge) {
            Hedge* h = claim.add_hedges();
            h->set_word(std::string(hedge));
            *h->mutable_span() =
                AbsoluteSpan(index, facts.offset, t.begin, t.end);
          }
        }
      }
      claim.set_negated(negated);
      // A measurement ("963 feet long", "4,000 km of border") is no
      // statistic to source.
      const bool measurement = frame.unit_head >= 0 &&
                               m.quantity().unit() == Quantity::COUNT &&
                               !IsTimeUnit(words[frame.unit_head].lemma);
      // A market's quote: from the sentence (read once: for a sum of money
      // QuotesAMarket says no, so the unit is applied here), or a figure
      // whose subject is a stock index the gazetteer knows ("The Nasdaq
      // fell 82.65 points or 3.44%").
      const bool money = m.quantity().unit() == Quantity::MONEY;
      const bool quoted = QuotesAMarket(words, frame, Quantity::COUNT);
      const bool market =
          !money && (quoted || (claim.subject().kind() == "index" &&
                                claim.subject().role() != "previous"));
      claim.set_norm(StatesANorm(words, frame));
      claim.set_needs_source(NeedsSource(claim) && !conversion &&
                             !measurement && !claim.norm() && !market);
      // A share's price is a quote too, though as money it is no
      // statistic to source either way ("jumped 51% to 36.05 rupees").
      claim.set_market_quote(market ||
                             (money && m.quantity().high() < 1000 && quoted));
      if (claim.has_time() && claim.time().resolved()) last_time = claim.time();
      claims.push_back(std::move(claim));
      previous_claim = static_cast<int>(claims.size()) - 1;
    }

    // Dated claims: an event and its date, in a clause without a figure.
    for (const Mention& m : facts.mentions) {
      if (!DatedCandidate(m)) continue;
      const auto [clause_begin, clause_end] =
          ClauseAround(facts.text, facts.tokens, m.begin());
      const size_t from =
          clause_begin < clause_end ? facts.tokens[clause_begin].begin : 0;
      const size_t to =
          clause_begin < clause_end ? facts.tokens[clause_end - 1].end : 0;
      bool figure_in_clause = false;
      for (const Mention& other : facts.mentions) {
        figure_in_clause |=
            other.has_quantity() && other.begin() >= from && other.end() <= to;
      }
      if (figure_in_clause) continue;
      const std::optional<DatedEvent> event =
          FindDatedEvent(words, m.begin(), m.end());
      if (!event) continue;
      Claim claim;
      claim.set_id(absl::StrCat(article.id(), "@", facts.offset + m.begin()));
      claim.set_article_id(article.id());
      *claim.mutable_sentence() = facts.sentence->span();
      claim.set_sentence_text(facts.sentence->text());
      *claim.mutable_quantity_span() =
          AbsoluteSpan(index, facts.offset, m.begin(), m.end());
      claim.set_quantity_text(m.text());
      claim.set_dated(true);
      *claim.mutable_time() = m.time();
      *claim.mutable_time()->mutable_span() = claim.quantity_span();
      Frame* out = claim.mutable_frame();
      const TaggedWord& verb = words[event->verb];
      out->mutable_predicate()->set_text(std::string(verb.text));
      *out->mutable_predicate()->mutable_span() =
          AbsoluteSpan(index, facts.offset, verb.begin, verb.end);
      out->mutable_predicate()->set_lemma(verb.lemma);
      out->mutable_predicate()->add_keys(PredicateKey(verb.lemma));
      FrameWords frame;
      for (int k = 0; k < static_cast<int>(words.size()); ++k) {
        if (words[k].end > m.begin() && words[k].begin < m.end()) {
          if (frame.figure_first < 0) frame.figure_first = k;
          frame.figure_last = k;
        }
      }
      frame.phrase_first = frame.figure_first;
      frame.phrase_last = frame.figure_last;
      frame.predicate = event->verb;
      if (event->object_head >= 0) {
        const TaggedWord& head = words[event->object_head];
        const int first =
            event->object_modifiers.empty()
                ? event->object_head
                : std::min(event->object_modifiers.front(), event->object_head);
        Phrase* object = out->mutable_counted();
        object->set_text(std::string(facts.text.substr(
            words[first].begin, head.end - words[first].begin)));
        *object->mutable_span() =
            AbsoluteSpan(index, facts.offset, words[first].begin, head.end);
        object->set_lemma(head.lemma);
        object->add_keys(lexicon.Key(head.lemma, WordClass::kNoun));
        for (int k : event->object_modifiers) {
          object->add_modifiers(words[k].lemma);
        }
      }
      if (frame.figure_first >= 0) {
        Antecedents before;
        before.previous = previous_subject;
        before.group = last_group;
        std::optional<Subject> subject =
            FindSubject(words, entities, frame, facts.attribution, before);
        if (subject) {
          if (subject->role() != "previous" && subject->role() != "group") {
            *subject->mutable_span() =
                AbsoluteSpan(index, facts.offset, subject->span().begin(),
                             subject->span().end());
          }
          *claim.mutable_subject() = *subject;
        }
      }
      if (facts.attribution.kind() != Attribution::NONE) {
        *claim.mutable_attribution() = facts.attribution;
        *claim.mutable_attribution()->mutable_span() =
            AbsoluteSpan(index, facts.offset, source.begin(), source.end());
      }
      claims.push_back(std::move(claim));
    }
  }
  // Dated claims were added after their sentence's figures: text order.
  std::stable_sort(
      claims.begin(), claims.end(), [](const Claim& a, const Claim& b) {
        return a.quantity_span().begin() < b.quantity_span().begin();
      });
  return claims;
}

ExtractedArticle ExtractArticle(Article article, Segmenter& segmenter,
                                const Gazetteer& gazetteer) {
  ExtractedArticle record;
  std::vector<Diagnostic> diagnostics;
  segmenter.Segment(article, &diagnostics);
  for (Claim& claim : ExtractClaims(article, gazetteer, &diagnostics)) {
    *record.add_claims() = std::move(claim);
  }
  for (Diagnostic& diagnostic : diagnostics) {
    *record.add_diagnostics() = std::move(diagnostic);
  }
  *record.mutable_article() = std::move(article);
  return record;
}

}  // namespace claimcheck

#include "claims/extract.h"

#include <algorithm>
#include <optional>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "claims/attribution.h"
#include "claims/line_index.h"
#include "claims/metric.h"
#include "normalize/lexer.h"
#include "normalize/names.h"
#include "normalize/normalizer.h"
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

// Capitalised words nearest before byte `at` (not a lone sentence-initial
// word), as a subject the gazetteer does not know.
std::optional<Subject> CapitalisedBefore(const SentenceFacts& facts,
                                         size_t at) {
  const std::vector<Token>& t = facts.tokens;
  size_t i = 0;
  while (i < t.size() && t[i].end <= at) ++i;
  while (i > 0) {
    size_t end = i;
    // Capitalised words of two letters or more, standing apart ("B" of
    // "H-1B" is none).
    const auto name_word = [&](size_t k) {
      return t[k].kind == TokenKind::kWord && t[k].capitalized &&
             t[k].end - t[k].begin >= 2;
    };
    while (end > 0 && !name_word(end - 1)) --end;
    size_t begin = end;
    while (begin > 0 && name_word(begin - 1)) --begin;
    if (end == begin) return std::nullopt;
    bool in_mention = false;
    for (const Mention& m : facts.mentions) {
      in_mention |=
          Overlaps(t[begin].begin, t[end - 1].end, m.begin(), m.end());
    }
    if (!in_mention && (begin > 0 || end - begin >= 2)) {
      Subject subject;
      const std::string words(
          facts.text.substr(t[begin].begin, t[end - 1].end - t[begin].begin));
      subject.set_key(absl::StrReplaceAll(NameKey(words), {{" ", "_"}}));
      subject.set_text(words);
      subject.mutable_span()->set_begin(static_cast<uint32_t>(t[begin].begin));
      subject.mutable_span()->set_end(static_cast<uint32_t>(t[end - 1].end));
      return subject;
    }
    i = begin;
  }
  return std::nullopt;
}

// "..., the White House said": a government speaking of its own country's
// figure. The source when it is a country (or one of its aliases).
std::optional<Subject> SourceCountry(const SentenceFacts& facts) {
  const Span& source = facts.attribution.span();
  if (facts.attribution.kind() != Attribution::NAMED) return std::nullopt;
  for (const EntityMention& e : facts.entities) {
    if (e.kind == "country" &&
        Overlaps(e.begin, e.end, source.begin(), source.end())) {
      Subject subject;
      subject.set_key(e.key);
      subject.set_text(e.text);
      subject.mutable_span()->set_begin(static_cast<uint32_t>(e.begin));
      subject.mutable_span()->set_end(static_cast<uint32_t>(e.end));
      return subject;
    }
  }
  return std::nullopt;
}

// The entity nearest before the figure, or (unless `before_only`) the
// first after it, among those within bytes [from, to) of the sentence.
std::optional<Subject> EntitySubject(const SentenceFacts& facts,
                                     const Mention& quantity, bool before_only,
                                     size_t from = 0, size_t to = SIZE_MAX) {
  const EntityMention* before = nullptr;
  const EntityMention* after = nullptr;
  for (const EntityMention& e : facts.entities) {
    if (e.kind == "outlet" || e.begin < from || e.end > to) continue;
    // The "US" of "$US1 trillion" belongs to the figure.
    bool inside_figure = false;
    for (const Mention& m : facts.mentions) {
      inside_figure |= Overlaps(e.begin, e.end, m.begin(), m.end());
    }
    if (inside_figure) continue;
    const Span& source = facts.attribution.span();
    if (facts.attribution.kind() != Attribution::NONE &&
        Overlaps(e.begin, e.end, source.begin(), source.end())) {
      continue;
    }
    // "..., according to Helen Toner, a researcher of US and Chinese AI
    // policy": what follows a source named after the figure describes it.
    if ((facts.attribution.kind() == Attribution::NAMED ||
         facts.attribution.kind() == Attribution::REPORTED_BY_OUTLET) &&
        source.begin() > quantity.end() && e.begin >= source.begin()) {
      continue;
    }
    if (e.end <= quantity.begin()) before = &e;
    if (e.begin >= quantity.end() && after == nullptr) after = &e;
  }
  const EntityMention* chosen =
      before != nullptr ? before : (before_only ? nullptr : after);
  if (chosen == nullptr) return std::nullopt;
  Subject subject;
  subject.set_key(chosen->key);
  subject.set_text(chosen->text);
  subject.mutable_span()->set_begin(static_cast<uint32_t>(chosen->begin));
  subject.mutable_span()->set_end(static_cast<uint32_t>(chosen->end));
  return subject;
}

}  // namespace

std::string BareDollarCurrency(const Article& article) {
  const std::string& text = article.text();
  if (absl::StrContains(text, "$US") || absl::StrContains(text, "$A") ||
      absl::StrContains(text, "A$") ||
      absl::StrContains(article.url(), ".au/")) {
    return "AUD";
  }
  return "USD";
}

std::vector<Claim> ExtractClaims(const Article& article,
                                 const Gazetteer& gazetteer) {
  const std::string& text = article.text();
  const LineIndex index(text);
  NormalizeOptions options;
  options.bare_dollar_currency = BareDollarCurrency(article);
  const std::optional<date::year_month_day> reference =
      ParseIsoDay(article.published());

  std::vector<SentenceFacts> sentences;
  for (const Sentence& sentence : article.sentences()) {
    SentenceFacts facts;
    facts.sentence = &sentence;
    facts.offset = sentence.span().begin();
    // Sentence.text has hard-wrap newlines as spaces; same bytes otherwise.
    facts.text = sentence.text();
    facts.mentions = Normalize(facts.text, reference, options);
    facts.entities = gazetteer.Find(facts.text);
    facts.attribution = FindAttribution(facts.text, facts.entities);
    facts.citation_marker = CitationMarker(facts.text);
    facts.tokens = Tokenize(facts.text);
    sentences.push_back(std::move(facts));
  }

  std::vector<Claim> claims;
  std::optional<Subject> paragraph_subject;
  std::optional<TimeRef> last_time;
  // The last entity (not an outlet) of the sentences before this one.
  std::optional<Subject> last_entity;
  uint32_t paragraph = UINT32_MAX;
  for (size_t s = 0; s < sentences.size(); ++s) {
    const SentenceFacts& facts = sentences[s];
    if (facts.sentence->paragraph() != paragraph) {
      paragraph = facts.sentence->paragraph();
      paragraph_subject.reset();
    }
    // The paragraph's fallbacks: its first attribution and first date.
    const Attribution* paragraph_attribution = nullptr;
    const Mention* paragraph_time = nullptr;
    for (const SentenceFacts& other : sentences) {
      if (other.sentence->paragraph() != paragraph) continue;
      if (paragraph_attribution == nullptr &&
          other.attribution.kind() != Attribution::NONE) {
        paragraph_attribution = &other.attribution;
      }
      for (const Mention& m : other.mentions) {
        if (m.has_time() && paragraph_time == nullptr) paragraph_time = &m;
      }
    }
    // Entities of this sentence become the article's last only after it.
    std::optional<Subject> sentence_last_entity;
    for (const EntityMention& e : facts.entities) {
      if (e.kind == "outlet") continue;
      Subject s;
      s.set_key(e.key);
      s.set_text(e.text);
      *s.mutable_span() = AbsoluteSpan(index, facts.offset, e.begin, e.end);
      sentence_last_entity = s;
    }
    for (const Mention& m : facts.mentions) {
      if (!m.has_quantity()) continue;
      const Span& source = facts.attribution.span();
      if (facts.citation_marker && m.begin() >= facts.citation_marker->first &&
          m.end() <= facts.citation_marker->second) {
        continue;  // a footnote marker, not a figure
      }
      Claim claim;
      claim.set_id(absl::StrCat(article.id(), "@", facts.offset + m.begin()));
      claim.set_article_id(article.id());
      *claim.mutable_sentence() = facts.sentence->span();
      claim.set_sentence_text(facts.sentence->text());
      *claim.mutable_quantity_span() =
          AbsoluteSpan(index, facts.offset, m.begin(), m.end());
      claim.set_quantity_text(m.text());
      *claim.mutable_quantity() = m.quantity();

      // Subject. Spans found in this sentence are relative to it; a subject
      // carried from earlier in the paragraph already has its article span.
      // The figure's clause first ("...rattled investors: about $US1
      // trillion was wiped off Nvidia"), then the sentence before it, then
      // the paragraph's, then the sentence after it.
      const auto [subject_clause_begin, subject_clause_end] =
          ClauseAround(facts.text, facts.tokens, m.begin(), /*colons=*/true);
      std::optional<Subject> subject;
      if (subject_clause_begin < subject_clause_end) {
        subject = EntitySubject(facts, m, false,
                                facts.tokens[subject_clause_begin].begin,
                                facts.tokens[subject_clause_end - 1].end);
      }
      if (!subject) subject = EntitySubject(facts, m, true);
      if (!subject && !paragraph_subject) {
        subject = EntitySubject(facts, m, false);
        // A figure with no entity of its own goes on with the article's
        // last subject ("the loss", "that lag").
        if (!subject && !claims.empty() && claims.back().has_subject() &&
            !claims.back().subject().key().empty()) {
          paragraph_subject = claims.back().subject();
        } else if (!subject) {
          subject = SourceCountry(facts);
          // "..., the company said": the last entity the article named.
          if (!subject && last_entity) {
            paragraph_subject = last_entity;
          } else if (!subject) {
            subject = CapitalisedBefore(facts, m.begin());
          }
        }
      }
      if (subject) {
        *subject->mutable_span() =
            AbsoluteSpan(index, facts.offset, subject->span().begin(),
                         subject->span().end());
        paragraph_subject = subject;
      }
      if (paragraph_subject) *claim.mutable_subject() = *paragraph_subject;

      // Metric: the clause's content words.
      const auto [clause_begin, clause_end] =
          ClauseAround(facts.text, facts.tokens, m.begin());
      std::vector<std::string> words;
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
        bool excluded = false;
        for (const Mention& other : facts.mentions) {
          excluded |=
              Overlaps(word_begin, word_end, other.begin(), other.end());
        }
        for (const EntityMention& e : facts.entities) {
          excluded |= Overlaps(word_begin, word_end, e.begin, e.end);
        }
        if (facts.attribution.kind() != Attribution::NONE) {
          excluded |=
              Overlaps(word_begin, word_end, source.begin(), source.end());
        }
        if (excluded || (!compound && IsStopWord(t.norm))) continue;
        if (words.empty()) metric_begin = word_begin;
        metric_end = word_end;
        words.emplace_back(
            facts.text.substr(word_begin, word_end - word_begin));
      }
      Metric* metric = claim.mutable_metric();
      for (std::string& term : MetricTerms(words)) {
        metric->add_terms(std::move(term));
      }
      // "$US1 trillion ($A1.5 trillion)": a figure alone in its clause
      // measures what the one before it in the sentence does.
      if (metric->terms().empty() && !claims.empty() &&
          claims.back().sentence().begin() == facts.sentence->span().begin()) {
        *metric = claims.back().metric();
        words.clear();
      }
      if (!words.empty()) {
        metric->set_text(std::string(
            facts.text.substr(metric_begin, metric_end - metric_begin)));
        *metric->mutable_span() =
            AbsoluteSpan(index, facts.offset, metric_begin, metric_end);
      }

      // Time: a date in the figure's clause; else the nearest before it in
      // the sentence ("In 2022, China ..., whereas the US held 20.9
      // percent - a contrast to 2010" is 2022 for 20.9); else the nearest
      // after it; else the paragraph's.
      const Mention* time = nullptr;
      const size_t clause_from =
          clause_begin < clause_end ? facts.tokens[clause_begin].begin : 0;
      const size_t clause_to =
          clause_begin < clause_end ? facts.tokens[clause_end - 1].end : 0;
      const Mention* in_clause = nullptr;
      const Mention* before = nullptr;
      const Mention* after = nullptr;
      for (const Mention& other : facts.mentions) {
        if (!other.has_time()) continue;
        if (other.begin() >= clause_from && other.end() <= clause_to &&
            in_clause == nullptr) {
          in_clause = &other;
        }
        if (other.end() <= m.begin()) before = &other;
        if (other.begin() >= m.end() && after == nullptr) after = &other;
      }
      time = in_clause != nullptr ? in_clause
             : before != nullptr  ? before
                                  : after;
      // A sentence that says "now" is about the published date; one that
      // says "since" or "later" moved on from the paragraph's date.
      bool now = false, moved_on = false;
      for (const Token& t : facts.tokens) {
        now |= t.norm == "now" || t.norm == "currently" || t.norm == "today";
        moved_on |= t.norm == "since" || t.norm == "later" ||
                    t.norm == "recently" || t.norm == "subsequently";
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
      } else if (paragraph_time != nullptr && !moved_on) {
        *claim.mutable_time() = paragraph_time->time();
      }

      // Attribution: the sentence's, else the paragraph's.
      const Attribution* attribution =
          facts.attribution.kind() != Attribution::NONE ? &facts.attribution
                                                        : paragraph_attribution;
      if (attribution != nullptr) {
        *claim.mutable_attribution() = *attribution;
        if (attribution == &facts.attribution) {
          *claim.mutable_attribution()->mutable_span() =
              AbsoluteSpan(index, facts.offset, source.begin(), source.end());
        }
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
      if (claim.has_time() && claim.time().resolved()) last_time = claim.time();
      claims.push_back(std::move(claim));
    }
    if (sentence_last_entity) last_entity = sentence_last_entity;
  }
  return claims;
}

ExtractedArticle ExtractArticle(Article article, Segmenter& segmenter,
                                const Gazetteer& gazetteer) {
  segmenter.Segment(article);
  ExtractedArticle record;
  for (Claim& claim : ExtractClaims(article, gazetteer)) {
    *record.add_claims() = std::move(claim);
  }
  *record.mutable_article() = std::move(article);
  return record;
}

}  // namespace claimcheck

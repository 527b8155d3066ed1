#include "rules/engine.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <string>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "normalize/names.h"
#include "rules/evidence.h"

namespace claimcheck {
namespace {

struct ClaimRef {
  const ExtractedArticle* article;
  const Claim* claim;
};

// FNV-1a, 64 bits: a fingerprint that does not change between runs,
// builds or machines.
std::string Fingerprint(const std::vector<std::string>& parts) {
  uint64_t hash = 1469598103934665603ULL;
  for (const std::string& part : parts) {
    for (unsigned char c : part) {
      hash ^= c;
      hash *= 1099511628211ULL;
    }
    hash ^= 0xff;
    hash *= 1099511628211ULL;
  }
  char hex[17];
  std::snprintf(hex, sizeof(hex), "%016llx",
                static_cast<unsigned long long>(hash));
  return hex;
}

Evidence ClaimEvidence(const ClaimRef& ref) {
  Evidence evidence = ArticleEvidence(*ref.article);
  *evidence.mutable_span() = ref.claim->sentence();
  evidence.set_excerpt(ref.claim->sentence_text());
  *evidence.mutable_quantity_span() = ref.claim->quantity_span();
  evidence.set_claim_id(ref.claim->id());
  return evidence;
}

// A claim's value as an interval, widened by half the last written digit
// when it is exact.
std::pair<double, double> Interval(const Quantity& q) {
  if (q.approx() == Quantity::EXACT) {
    const double half = q.resolution() / 2;
    return {q.low() - half, q.high() + half};
  }
  return {q.low(), q.high()};
}

bool Disjoint(const Quantity& a, const Quantity& b) {
  const auto [a_low, a_high] = Interval(a);
  const auto [b_low, b_high] = Interval(b);
  const bool a_below =
      a_high < b_low ||
      (a_high == b_low && !(a.high_inclusive() && b.low_inclusive()) &&
       a.approx() != Quantity::EXACT && b.approx() != Quantity::EXACT);
  const bool b_below =
      b_high < a_low ||
      (b_high == a_low && !(b.high_inclusive() && a.low_inclusive()) &&
       a.approx() != Quantity::EXACT && b.approx() != Quantity::EXACT);
  return a_below || b_below;
}

bool TimesOverlap(const Claim& a, const Claim& b) {
  const bool a_time = a.has_time() && a.time().resolved();
  const bool b_time = b.has_time() && b.time().resolved();
  if (!a_time && !b_time) return true;
  if (a_time != b_time) return false;
  return a.time().begin() <= b.time().end() &&
         b.time().begin() <= a.time().end();
}

void Contradictions(const Rule& rule, const std::vector<ClaimRef>& claims,
                    std::vector<Finding>& findings) {
  // IDF of metric terms over the corpus.
  absl::flat_hash_map<std::string, int> document_frequency;
  for (const ClaimRef& ref : claims) {
    for (const std::string& term : ref.claim->metric().terms()) {
      ++document_frequency[term];
    }
  }
  const double n = static_cast<double>(claims.size());
  absl::flat_hash_map<std::string, double> weight;
  for (const auto& [term, frequency] : document_frequency) {
    weight[term] = std::log(1 + n / frequency);
  }
  // Each claim's metric weight, the denominator of every overlap it is in.
  std::vector<double> total_weight(claims.size(), 0);
  for (size_t k = 0; k < claims.size(); ++k) {
    for (const std::string& term : claims[k].claim->metric().terms()) {
      total_weight[k] += weight[term];
    }
  }
  // Candidates: same subject, unit and currency, sharing a metric term.
  std::map<std::string, std::vector<size_t>> groups;
  for (size_t k = 0; k < claims.size(); ++k) {
    const Claim& c = *claims[k].claim;
    if (c.subject().key().empty() || c.negated()) continue;
    groups[absl::StrCat(c.subject().key(), "|", c.quantity().unit(), "|",
                        c.quantity().currency())]
        .push_back(k);
  }
  const double threshold = rule.contradiction().min_metric_overlap();
  std::vector<std::pair<size_t, size_t>> pairs;
  for (const auto& [key, members] : groups) {
    absl::flat_hash_map<std::string, std::vector<size_t>> by_term;
    for (size_t k : members) {
      for (const std::string& term : claims[k].claim->metric().terms()) {
        by_term[term].push_back(k);
      }
    }
    // Prefix filtering: a pair that passes shares at least `threshold` of
    // the smaller claim's weight, so that claim's heaviest terms, taken
    // until they weigh more than the rest may, hold a shared one. Probing
    // only those keeps the common terms ("held", "global") and their long
    // lists out of the candidates without missing any pair.
    absl::flat_hash_set<std::pair<size_t, size_t>> seen;
    for (size_t k : members) {
      std::vector<std::pair<double, std::string>> weighted;
      for (const std::string& term : claims[k].claim->metric().terms()) {
        weighted.emplace_back(weight[term], term);
      }
      std::sort(
          weighted.begin(), weighted.end(), [](const auto& x, const auto& y) {
            return x.first != y.first ? x.first > y.first : x.second < y.second;
          });
      double prefix_weight = 0;
      for (const auto& [term_weight, term] : weighted) {
        if (prefix_weight > (1 - threshold) * total_weight[k]) break;
        prefix_weight += term_weight;
        for (size_t other : by_term[term]) {
          if (other == k) continue;
          const std::pair<size_t, size_t> pair(std::min(k, other),
                                               std::max(k, other));
          if (!seen.insert(pair).second) continue;
          const Claim& a = *claims[pair.first].claim;
          const Claim& b = *claims[pair.second].claim;
          if (claims[pair.first].article == claims[pair.second].article &&
              a.sentence().begin() == b.sentence().begin()) {
            continue;
          }
          // Metrics hold a handful of terms: a scan beats building a set.
          double shared = 0;
          for (const std::string& t : a.metric().terms()) {
            if (std::find(b.metric().terms().begin(), b.metric().terms().end(),
                          t) != b.metric().terms().end()) {
              shared += weight[t];
            }
          }
          const double smaller =
              std::min(total_weight[pair.first], total_weight[pair.second]);
          if (smaller <= 0 || shared / smaller < threshold) continue;
          if (!TimesOverlap(a, b) || !Disjoint(a.quantity(), b.quantity())) {
            continue;
          }
          pairs.push_back(pair);
        }
      }
    }
  }
  std::sort(pairs.begin(), pairs.end());
  for (const auto& [first, second] : pairs) {
    const ClaimRef& earlier = claims[first];
    const ClaimRef& later = claims[second];
    Finding finding;
    finding.set_rule_id(rule.id());
    finding.set_severity(rule.severity());
    *finding.add_evidence() = ClaimEvidence(later);
    *finding.add_evidence() = ClaimEvidence(earlier);
    finding.set_message(absl::StrCat(
        "contradicts ", EvidenceLocation(finding.evidence(1)), ": ",
        later.claim->quantity_text(), " vs ", earlier.claim->quantity_text()));
    std::vector<std::string> parts = {
        rule.id(),
        absl::StrCat(earlier.article->article().id(), "|",
                     earlier.claim->quantity_text(), "|",
                     earlier.claim->sentence_text()),
        absl::StrCat(later.article->article().id(), "|",
                     later.claim->quantity_text(), "|",
                     later.claim->sentence_text())};
    std::sort(parts.begin() + 1, parts.end());
    finding.set_fingerprint(Fingerprint(parts));
    findings.push_back(std::move(finding));
  }
}

// A headline: no closing punctuation and most longer words capitalised
// ("BYD Profit Falls 33% as Chinese EV Maker Doubles Down"). Written by
// hand: ASCII capitals are enough for English headlines, and a sentence
// case headline is simply not recognised (it stays a claim).
bool LooksLikeHeadline(absl::string_view sentence) {
  sentence = absl::StripAsciiWhitespace(sentence);
  if (sentence.empty()) return false;
  const char last = sentence.back();
  if (last == '.' || last == '!' || last == '?' || last == '"' ||
      absl::EndsWith(sentence, "\xE2\x80\x9D")) {  // closing quote
    return false;
  }
  int long_words = 0;
  int capitalised = 0;
  for (absl::string_view word : absl::StrSplit(sentence, ' ')) {
    if (word.size() < 4 || !absl::ascii_isalpha(word[0])) continue;
    ++long_words;
    if (absl::ascii_isupper(word[0])) ++capitalised;
  }
  return long_words >= 3 && capitalised * 4 >= long_words * 3;
}

void SourceFindings(const Rule& rule, const std::vector<ClaimRef>& claims,
                    Attribution::Kind kind, std::vector<Finding>& findings) {
  for (const ClaimRef& ref : claims) {
    if (ref.claim->attribution().kind() != kind) continue;
    if (!rule.unsourced().flag_headlines() &&
        LooksLikeHeadline(ref.claim->sentence_text())) {
      continue;
    }
    Finding finding;
    finding.set_rule_id(rule.id());
    finding.set_severity(rule.severity());
    finding.set_message(
        kind == Attribution::NONE
            ? absl::StrCat(ref.claim->quantity_text(),
                           ": no source in its sentence or paragraph")
            : absl::StrCat(ref.claim->quantity_text(),
                           ": only a vague source, \"",
                           ref.claim->attribution().source(), "\""));
    *finding.add_evidence() = ClaimEvidence(ref);
    finding.set_fingerprint(
        Fingerprint({rule.id(), ref.article->article().id(),
                     ref.claim->quantity_text(), ref.claim->sentence_text()}));
    findings.push_back(std::move(finding));
  }
}

// Letters and digits, lowercase ASCII, single spaces: what makes two
// sentences the same one.
std::string Folded(const std::string& text) {
  std::string folded;
  for (char c : ToLowerAscii(text)) {
    if (absl::ascii_isalnum(static_cast<unsigned char>(c))) {
      folded.push_back(c);
    } else if (!folded.empty() && folded.back() != ' ') {
      folded.push_back(' ');
    }
  }
  while (!folded.empty() && folded.back() == ' ') folded.pop_back();
  return folded;
}

void Duplicates(const Rule& rule, absl::Span<const ExtractedArticle> articles,
                std::vector<Finding>& findings) {
  const size_t min_chars = rule.duplicate().min_chars();
  std::vector<std::string> order;
  absl::flat_hash_map<
      std::string,
      std::vector<std::pair<const ExtractedArticle*, const Sentence*>>>
      places;
  for (const ExtractedArticle& a : articles) {
    for (const Sentence& s : a.article().sentences()) {
      std::string folded = Folded(s.text());
      if (folded.size() < min_chars) continue;
      auto& list = places[folded];
      if (list.empty()) order.push_back(folded);
      list.emplace_back(&a, &s);
    }
  }
  for (const std::string& folded : order) {
    const auto& list = places[folded];
    if (list.size() < 2) continue;
    Finding finding;
    finding.set_rule_id(rule.id());
    finding.set_severity(rule.severity());
    finding.set_message(
        absl::StrCat("the same sentence stands ", list.size(), " times"));
    std::vector<std::string> parts = {rule.id(), folded};
    for (const auto& [article, sentence] : list) {
      Evidence* e = finding.add_evidence();
      *e = ArticleEvidence(*article);
      *e->mutable_span() = sentence->span();
      e->set_excerpt(sentence->text());
      parts.push_back(article->article().id());
    }
    finding.set_fingerprint(Fingerprint(parts));
    findings.push_back(std::move(finding));
  }
}

}  // namespace

std::vector<Finding> RunRules(const RuleSet& rules,
                              absl::Span<const ExtractedArticle> articles) {
  std::vector<ClaimRef> claims;
  for (const ExtractedArticle& a : articles) {
    for (const Claim& c : a.claims()) claims.push_back({&a, &c});
  }
  std::vector<Finding> findings;
  for (const Rule& rule : rules.rules()) {
    if (!rule.enabled()) continue;
    if (rule.kind() == "contradiction") {
      Contradictions(rule, claims, findings);
    } else if (rule.kind() == "unsourced") {
      SourceFindings(rule, claims, Attribution::NONE, findings);
    } else if (rule.kind() == "vague_source") {
      SourceFindings(rule, claims, Attribution::VAGUE, findings);
    } else if (rule.kind() == "duplicate") {
      Duplicates(rule, articles, findings);
    }
  }
  return findings;
}

}  // namespace claimcheck

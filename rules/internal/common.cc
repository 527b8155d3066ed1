#include <cmath>
#include <cstdio>

#include "absl/strings/ascii.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "claims/metric.h"
#include "rules/evidence.h"
#include "rules/internal/rule_kinds.h"

namespace claimcheck {
namespace rules_internal {

Evidence ClaimEvidence(const ClaimRef& ref) {
  Evidence evidence = ArticleEvidence(*ref.article);
  *evidence.mutable_span() = ref.claim->sentence();
  evidence.set_excerpt(ref.claim->sentence_text());
  *evidence.mutable_quantity_span() = ref.claim->quantity_span();
  evidence.set_claim_id(ref.claim->id());
  return evidence;
}

Finding NewFinding(const Rule& rule) {
  Finding finding;
  finding.set_rule_id(rule.id());
  finding.set_severity(rule.severity());
  return finding;
}

std::pair<double, double> RoundingInterval(const Quantity& q) {
  if (q.approx() == Quantity::EXACT) {
    const double half = q.resolution() / 2;
    return {q.low() - half, q.high() + half};
  }
  if (q.approx() == Quantity::ABOUT && q.resolution() > 0 &&
      std::isfinite(q.value())) {
    // The written precision plus the hedge. A figure that ends in a
    // nonzero digit is granted one unit of that digit ("roughly 43" is
    // 42-44, "about $7.2bn" 7.1-7.3bn); a round one half a unit of its
    // last nonzero digit ("about 70" is 65-75, "about 1,000" 500-1,500).
    const double units = std::round(std::fabs(q.value()) / q.resolution());
    double unit = q.resolution();
    double width = unit;
    if (units >= 10 && std::fmod(units, 10) == 0) {
      double scale = 1;
      while (std::fmod(units, scale * 10) == 0 && scale * 10 <= units) {
        scale *= 10;
      }
      unit = q.resolution() * scale;
      width = unit / 2;
    }
    return {q.value() - width, q.value() + width};
  }
  return {q.low(), q.high()};
}

bool TimesOverlap(const Claim& a, const Claim& b) {
  const bool a_time = a.has_time() && a.time().resolved();
  const bool b_time = b.has_time() && b.time().resolved();
  if (!a_time && !b_time) return true;
  if (a_time != b_time) return false;
  return a.time().begin() <= b.time().end() &&
         b.time().begin() <= a.time().end();
}

std::string ConversionDate(const ClaimRef& ref) {
  if (!ref.article->article().published().empty()) {
    return ref.article->article().published();
  }
  if (ref.claim->time().resolved()) return ref.claim->time().end();
  return "";
}

std::string RateDay(const std::string& date) {
  return date.empty() ? "the latest day" : date;
}

std::string SubjectName(const Subject& subject) {
  std::string name;
  bool word_start = true;
  for (char c : subject.key()) {
    if (c == '_') {
      name.push_back(' ');
      word_start = true;
      continue;
    }
    name.push_back(word_start ? absl::ascii_toupper(c) : c);
    word_start = false;
  }
  return name.empty() ? subject.text() : name;
}

std::string WrittenWord(absl::string_view text, absl::string_view stem) {
  for (absl::string_view word :
       absl::StrSplit(text, absl::ByAnyChar(" ,;:()\"'"), absl::SkipEmpty())) {
    const std::string lower = absl::AsciiStrToLower(word);
    if (StemWord(lower) == stem) return lower;
  }
  return std::string(stem);
}

std::string Amount(double value) {
  const double magnitude = std::fabs(value);
  if (magnitude >= 1e12) return absl::StrFormat("%.3g trillion", value / 1e12);
  if (magnitude >= 1e9) return absl::StrFormat("%.3g billion", value / 1e9);
  if (magnitude >= 1e6) return absl::StrFormat("%.3g million", value / 1e6);
  if (magnitude < 1000) return absl::StrFormat("%.3g", value);
  // Three significant digits, thousands grouped: 57,700.
  const double step = magnitude >= 1e5 ? 1000 : magnitude >= 1e4 ? 100 : 10;
  std::string digits = absl::StrFormat("%.0f", std::round(value / step) * step);
  for (int k = static_cast<int>(digits.size()) - 3; k > (value < 0 ? 1 : 0);
       k -= 3) {
    digits.insert(k, ",");
  }
  return digits;
}

}  // namespace rules_internal
}  // namespace claimcheck

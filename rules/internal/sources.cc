// unsourced and vague_source: figures a reader cannot trace.
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "claims/attribution.h"
#include "rules/evidence.h"
#include "rules/internal/rule_kinds.h"

namespace claimcheck {
namespace rules_internal {
namespace {

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

}  // namespace

void SourceFindings(const Rule& rule, const Corpus& corpus,
                    Attribution::Kind kind, std::vector<Finding>& findings) {
  // One finding per sentence: an editor adds one source to a sentence, so
  // its figures without one are reported together, each as evidence.
  const auto flagged = [&](const ClaimRef& ref) {
    return ref.claim->attribution().kind() == kind &&
           // Narrative numbers ("two children", "three years ago") need
           // no source.
           ref.claim->needs_source() &&
           (rule.unsourced().flag_headlines() ||
            !LooksLikeHeadline(ref.claim->sentence_text()));
  };
  for (size_t k = 0; k < corpus.claims.size();) {
    const ClaimRef& first = corpus.claims[k];
    size_t end = k + 1;
    while (end < corpus.claims.size() &&
           corpus.claims[end].article == first.article &&
           corpus.claims[end].claim->sentence().begin() ==
               first.claim->sentence().begin()) {
      ++end;
    }
    std::vector<const ClaimRef*> figures;
    for (size_t j = k; j < end; ++j) {
      if (flagged(corpus.claims[j])) figures.push_back(&corpus.claims[j]);
    }
    k = end;
    if (figures.empty()) continue;
    std::vector<std::string> texts;
    for (const ClaimRef* ref : figures) {
      texts.push_back(ref->claim->quantity_text());
    }
    const std::string listed = absl::StrJoin(texts, ", ");
    const bool one = figures.size() == 1;
    Finding finding = NewFinding(rule);
    finding.set_message(
        kind == Attribution::NONE
            ? absl::StrCat(listed, ": no source in ", one ? "its" : "their",
                           " sentence or paragraph")
            : absl::StrCat(listed, ": only a vague source, \"",
                           figures[0]->claim->attribution().source(), "\""));
    for (const ClaimRef* ref : figures) {
      *finding.add_evidence() = ClaimEvidence(*ref);
    }
    finding.set_fingerprint(
        Fingerprint({rule.id(), first.article->article().id(), listed,
                     first.claim->sentence_text()}));
    findings.push_back(std::move(finding));
  }
}

void VagueStatements(const Rule& rule, const Corpus& corpus,
                     std::vector<Finding>& findings) {
  for (const ExtractedArticle& article : corpus.articles) {
    absl::flat_hash_set<uint32_t> with_claims;
    for (const Claim& claim : article.claims()) {
      with_claims.insert(claim.sentence().begin());
    }
    for (const Sentence& sentence : article.article().sentences()) {
      if (with_claims.contains(sentence.span().begin())) continue;
      // Only Vague() matters here, and it needs no gazetteer.
      const Attribution attribution = FindAttribution(sentence.text(), {});
      if (attribution.kind() != Attribution::VAGUE) continue;
      Finding finding = NewFinding(rule);
      finding.set_message(
          absl::StrCat("a statement with only a vague source, \"",
                       attribution.source(), "\""));
      Evidence* evidence = finding.add_evidence();
      *evidence = ArticleEvidence(article);
      *evidence->mutable_span() = sentence.span();
      evidence->set_excerpt(sentence.text());
      finding.set_fingerprint(
          Fingerprint({rule.id(), article.article().id(), sentence.text()}));
      findings.push_back(std::move(finding));
    }
  }
}

}  // namespace rules_internal
}  // namespace claimcheck

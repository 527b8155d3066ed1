// Fuzz target for the readers of outside input added with extraction: a
// user's gazetteer file (Gazetteer::FromTsv) and claim extraction over any
// article text. Claims must point inside the text, and nothing may crash or
// hang. Built like text_fuzzer.cc for libFuzzer; under `bazel test`,
// extract_fuzzer_replay_test feeds it a fixed corpus.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "claims/extract.h"
#include "claims/gazetteer.h"
#include "claims/segment.h"
#include "tools/fuzz/check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static claimcheck::Segmenter* segmenter =
      claimcheck::Segmenter::Create().value().release();
  const std::string text(reinterpret_cast<const char*>(data), size);

  std::vector<claimcheck::Diagnostic> diagnostics;
  claimcheck::Gazetteer gazetteer = claimcheck::Gazetteer::Default();
  gazetteer.Merge(
      claimcheck::Gazetteer::FromTsv(text, "fuzz.tsv", &diagnostics));

  claimcheck::Article article;
  article.set_id("fuzz");
  article.set_text(text);
  article.set_published("2025-11-13");
  segmenter->Segment(article);
  for (const claimcheck::Claim& claim :
       claimcheck::ExtractClaims(article, gazetteer)) {
    claimcheck::FuzzCheck(claim.quantity_span().begin() <
                          claim.quantity_span().end());
    claimcheck::FuzzCheck(claim.quantity_span().end() <= text.size());
    claimcheck::FuzzCheck(claim.sentence().begin() <=
                          claim.quantity_span().begin());
    claimcheck::FuzzCheck(!(claim.quantity().low() > claim.quantity().high()));
  }
  return 0;
}

// Fuzz target for the normaliser: any text, with or without a published
// date, must give mentions whose byte ranges lie inside the text, in order,
// without overlaps, whose intervals are ordered (low <= high), and never
// crash or hang.
//
// With clang and libFuzzer (not needed for the tests): build like
// claims/fuzz/text_fuzzer.cc, with normalize/*.cc and
// bazel-bin/normalize/mention.pb.cc, bazel-bin/claims/claim.pb.cc.
// Under `bazel test`, normalize_fuzzer_replay_test feeds it a fixed corpus.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "normalize/normalizer.h"
#include "normalize/time.h"
#include "tools/fuzz/check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  for (const char* published : {"", "2025-11-13", "2024-02-29"}) {
    uint32_t previous_end = 0;
    for (const claimcheck::Mention& m :
         claimcheck::Normalize(text, claimcheck::ParseIsoDay(published), {})) {
      claimcheck::FuzzCheck(m.begin() >= previous_end);
      claimcheck::FuzzCheck(m.begin() < m.end() && m.end() <= text.size());
      claimcheck::FuzzCheck(
          text.compare(m.begin(), m.end() - m.begin(), m.text()) == 0);
      if (m.has_quantity()) {
        claimcheck::FuzzCheck(!(m.quantity().low() > m.quantity().high()));
      } else {
        claimcheck::FuzzCheck(m.time().begin() <= m.time().end());
      }
      previous_end = m.end();
    }
  }
  return 0;
}

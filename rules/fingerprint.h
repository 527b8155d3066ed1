// Fingerprints: how a finding is known across runs, machines and working
// directories, so that `claimcheck diff` and code-scanning tools match it.
//
//   finding.set_fingerprint(Fingerprint({rule.id(), article_id, sentence}));
//   UniqueFingerprints unique;
//   for (Finding& f : report_findings) unique.Apply(f);
//
// Fingerprint is FNV-1a (64 bits, the same on every build and machine;
// absl::Hash is seeded per process) over the parts, each read with its
// whitespace normalised (runs of spaces, tabs and line breaks as one
// space, none at either end, so a re-wrapped paragraph keeps its
// fingerprints) and ended by a byte no UTF-8 text holds (("ab", "c") and
// ("a", "bc") differ), as 16 lowercase hex digits. The rules pass the rule
// id, each evidence article's id (rules/engine.h), the disputed figures and
// their sentences: never line numbers or offsets.
//
// UniqueFingerprints makes the fingerprints of one report unique, in the
// report's order: a finding whose fingerprint k earlier ones have (two
// equal figures in one sentence, each contradicting a third) gets
// Fingerprint({fingerprint, "#k"}). Memory: about 16 bytes per distinct
// fingerprint. Thread-compatible.
#ifndef CLAIMCHECK_RULES_FINGERPRINT_H_
#define CLAIMCHECK_RULES_FINGERPRINT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "rules/finding.pb.h"

namespace claimcheck {

// FNV-1a, 64 bits, over `text` as it is, continuing from `hash`.
inline constexpr uint64_t kFnvOffsetBasis = 1469598103934665603ULL;
uint64_t Fnv1a(absl::string_view text, uint64_t hash = kFnvOffsetBasis);

std::string Fingerprint(const std::vector<std::string>& parts);

class UniqueFingerprints {
 public:
  void Apply(Finding& finding);

 private:
  absl::flat_hash_map<uint64_t, uint32_t> seen_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_RULES_FINGERPRINT_H_

#include "rules/fingerprint.h"

#include <cstdio>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"

namespace claimcheck {

uint64_t Fnv1a(absl::string_view text, uint64_t hash) {
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  return hash;
}

namespace {

// Fnv1a over `text` with its whitespace normalised (see Fingerprint).
uint64_t Fnv1aNormalised(absl::string_view text, uint64_t hash) {
  bool space_pending = false;
  bool any = false;
  for (unsigned char c : text) {
    if (absl::ascii_isspace(c)) {
      space_pending = any;
      continue;
    }
    if (space_pending) {
      hash ^= ' ';
      hash *= 1099511628211ULL;
      space_pending = false;
    }
    hash ^= c;
    hash *= 1099511628211ULL;
    any = true;
  }
  return hash;
}

std::string Hex(uint64_t hash) {
  char hex[17];
  std::snprintf(hex, sizeof(hex), "%016llx",
                static_cast<unsigned long long>(hash));
  return hex;
}

}  // namespace

std::string Fingerprint(const std::vector<std::string>& parts) {
  uint64_t hash = kFnvOffsetBasis;
  for (const std::string& part : parts) {
    hash = Fnv1aNormalised(part, hash);
    // A byte no UTF-8 text holds ends each part: ("ab", "c") != ("a", "bc").
    hash ^= 0xff;
    hash *= 1099511628211ULL;
  }
  return Hex(hash);
}

void UniqueFingerprints::Apply(Finding& finding) {
  uint64_t key = 0;
  if (!absl::SimpleHexAtoi(finding.fingerprint(), &key)) {
    key = Fnv1a(finding.fingerprint());
  }
  const uint32_t earlier = seen_[key]++;
  if (earlier > 0) {
    finding.set_fingerprint(
        Fingerprint({finding.fingerprint(), absl::StrCat("#", earlier)}));
  }
}

}  // namespace claimcheck

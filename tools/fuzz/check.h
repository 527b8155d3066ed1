// FuzzCheck: a fuzz target's invariant. It aborts, which libFuzzer reports
// as a crash with the input that broke it, and which fails the replay test
// that runs the target under `bazel test`.
#ifndef CLAIMCHECK_TOOLS_FUZZ_CHECK_H_
#define CLAIMCHECK_TOOLS_FUZZ_CHECK_H_

#include <cstdlib>

namespace claimcheck {

inline void FuzzCheck(bool invariant) {
  if (!invariant) std::abort();
}

}  // namespace claimcheck

#endif  // CLAIMCHECK_TOOLS_FUZZ_CHECK_H_

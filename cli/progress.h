// Progress: a one-line progress display on a terminal's stderr, for audits
// of large feeds ("claimcheck audit feeds/*.jsonl").
//
//   Progress progress(&std::cerr, /*enabled=*/isatty(STDERR_FILENO));
//   for (...) progress.Update(articles, claims);
//   progress.Finish(findings);
//
// When enabled it redraws one line ("\r... 12,000 articles, 48,113 claims,
// 2,310 articles/s") at most ten times a second, and Finish() ends it
// with the findings count and a newline. When disabled every call does
// nothing, so pipes and log files stay clean. Not thread-safe.
#ifndef CLAIMCHECK_CLI_PROGRESS_H_
#define CLAIMCHECK_CLI_PROGRESS_H_

#include <ostream>
#include <string>

#include "absl/strings/string_view.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"

namespace claimcheck {

class Progress {
 public:
  Progress(std::ostream* out, bool enabled);

  void Update(int articles, int claims);
  // Between extraction and the rules, which print nothing for a while.
  void Stage(absl::string_view what);
  void Finish(int findings);

 private:
  void Draw(absl::string_view tail);

  std::ostream* out_;
  bool enabled_;
  absl::Time start_;
  absl::Time last_draw_;
  int articles_ = 0;
  int claims_ = 0;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLI_PROGRESS_H_

// Progress: a one-line progress display on a terminal's stderr, for check
// and audit of large corpora and feeds.
//
//   Progress progress(&std::cerr,
//                     Progress::StyleFor(isatty(2), getenv("TERM")));
//   progress.SetTotal(bytes, articles);      // MeasureInputs (ingest.h)
//   for (each article read) progress.Read(claims, bytes);
//   progress.Stage("reading the archive");
//   progress.Step("running the rules", "rules", 3, 7);
//   progress.Finish(findings);
//
// It redraws one line at most ten times a second, such as
//   claimcheck: 12,000 of 26,000 articles, 48,113 claims, 45 %,
//     2,310 articles/s, about 1 min left
//   claimcheck: 26,000 articles, 91,002 claims; running the rules:
//     3 of 7 rules (42 %)
// and Finish() ends it with the findings count, the time and a newline.
// The percentage and time left come from the bytes read of the inputs'
// total (when one is set and something was read), the time left only after
// the first second. Styles: kTerminal redraws with "\r" and an escape code
// that clears the line; kPlain (TERM=dumb) with "\r" and spaces, no escape
// code; kOff (stderr is no terminal: a pipe, a log file) prints nothing.
// Thread-safe: the rules report their steps from their threads.
#ifndef CLAIMCHECK_CLI_PROGRESS_H_
#define CLAIMCHECK_CLI_PROGRESS_H_

#include <cstdint>
#include <functional>
#include <ostream>
#include <string>

#include "absl/strings/string_view.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"

namespace claimcheck {

class Progress {
 public:
  enum class Style { kOff, kTerminal, kPlain };

  // kOff unless stderr is a terminal; kPlain when TERM is "dumb".
  static Style StyleFor(bool stderr_is_terminal, const char* term);

  Progress(std::ostream* out, Style style,
           std::function<absl::Time()> clock = &absl::Now);

  // Whether anything is drawn (not kOff).
  bool shown() const { return style_ != Style::kOff; }

  // The inputs' size, when known: the percentage and time left are read
  // from `bytes`; `articles` (0: unknown, as in feeds) is shown as the
  // total while reading ("1,140 of 2,084 articles").
  void SetTotal(uint64_t bytes, uint64_t articles);
  // While reading: one more article, with `claims` claims, read from
  // `bytes` bytes of the inputs.
  void Read(int claims, uint64_t bytes);
  // A stage that prints nothing for a while ("reading the archive").
  void Stage(absl::string_view what);
  // A stage with a count: `done` of `total` `unit`s.
  void Step(absl::string_view stage, absl::string_view unit, size_t done,
            size_t total);
  void Finish(int findings);

 private:
  // Whether a redraw is due (ten a second at most); `force` draws anyway.
  bool Due(bool force) ABSL_EXCLUSIVE_LOCKS_REQUIRED(mutex_);
  void Draw(absl::string_view tail) ABSL_EXCLUSIVE_LOCKS_REQUIRED(mutex_);

  std::ostream* out_;
  const Style style_;
  const std::function<absl::Time()> clock_;
  const absl::Time start_;
  absl::Mutex mutex_;
  absl::Time last_draw_ ABSL_GUARDED_BY(mutex_);
  size_t last_length_ ABSL_GUARDED_BY(mutex_) = 0;
  int articles_ ABSL_GUARDED_BY(mutex_) = 0;
  int claims_ ABSL_GUARDED_BY(mutex_) = 0;
  uint64_t total_bytes_ ABSL_GUARDED_BY(mutex_) = 0;
  uint64_t total_articles_ ABSL_GUARDED_BY(mutex_) = 0;
  bool reading_ ABSL_GUARDED_BY(mutex_) = false;
  uint64_t bytes_read_ ABSL_GUARDED_BY(mutex_) = 0;
};

// 12345 -> "12,345".
std::string WithThousands(uint64_t number);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLI_PROGRESS_H_

#include "cli/progress.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace claimcheck {
namespace {

// "about 12 s left", "about 3 min left", "about 1 h 5 min left".
std::string TimeLeft(double seconds) {
  if (seconds < 60) {
    return absl::StrFormat("about %d s left",
                           std::max(1, static_cast<int>(std::ceil(seconds))));
  }
  const int minutes = static_cast<int>(std::ceil(seconds / 60));
  if (minutes < 60) return absl::StrFormat("about %d min left", minutes);
  return absl::StrFormat("about %d h %d min left", minutes / 60, minutes % 60);
}

}  // namespace

std::string WithThousands(uint64_t number) {
  std::string digits = absl::StrCat(number);
  for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) {
    digits.insert(static_cast<size_t>(at), ",");
  }
  return digits;
}

Progress::Style Progress::StyleFor(bool stderr_is_terminal, const char* term) {
  if (!stderr_is_terminal) return Style::kOff;
  if (term != nullptr && std::strcmp(term, "dumb") == 0) return Style::kPlain;
  return Style::kTerminal;
}

Progress::Progress(std::ostream* out, Style style,
                   std::function<absl::Time()> clock)
    : out_(out),
      style_(style),
      clock_(std::move(clock)),
      start_(clock_()),
      last_draw_(absl::InfinitePast()) {}

void Progress::SetTotal(uint64_t bytes, uint64_t articles) {
  absl::MutexLock lock(&mutex_);
  total_bytes_ = bytes;
  total_articles_ = articles;
}

bool Progress::Due(bool force) {
  if (!shown()) return false;
  const absl::Time now = clock_();
  if (!force && now - last_draw_ < absl::Milliseconds(100)) return false;
  last_draw_ = now;
  return true;
}

void Progress::Read(int claims, uint64_t bytes) {
  absl::MutexLock lock(&mutex_);
  ++articles_;
  claims_ += claims;
  bytes_read_ += bytes;
  reading_ = true;
  if (!Due(false)) return;
  const int articles = articles_;
  const uint64_t bytes_read = bytes_read_;
  const double seconds = absl::ToDoubleSeconds(clock_() - start_);
  std::string tail;
  if (total_bytes_ > 0 && bytes_read > 0) {
    // Never 100 % before the end: skipped inputs are never read.
    const double fraction =
        std::min(0.99, static_cast<double>(bytes_read) / total_bytes_);
    absl::StrAppend(&tail, static_cast<int>(fraction * 100), " %");
    if (seconds >= 1) {
      absl::StrAppend(
          &tail, ", ", WithThousands(static_cast<uint64_t>(articles / seconds)),
          " articles/s, ", TimeLeft(seconds * (1 - fraction) / fraction));
    }
  } else if (seconds >= 1) {
    absl::StrAppend(&tail,
                    WithThousands(static_cast<uint64_t>(articles / seconds)),
                    " articles/s");
  }
  Draw(tail.empty() ? "" : absl::StrCat(", ", tail));
}

void Progress::Stage(absl::string_view what) {
  absl::MutexLock lock(&mutex_);
  reading_ = false;
  if (Due(true)) Draw(absl::StrCat("; ", what));
}

void Progress::Step(absl::string_view stage, absl::string_view unit,
                    size_t done, size_t total) {
  absl::MutexLock lock(&mutex_);
  reading_ = false;
  if (!Due(done == total)) return;
  Draw(absl::StrCat("; ", stage, ": ", WithThousands(done), " of ",
                    WithThousands(total), " ", unit, " (",
                    total == 0 ? 100 : done * 100 / total, " %)"));
}

void Progress::Finish(int findings) {
  absl::MutexLock lock(&mutex_);
  reading_ = false;
  if (!Due(true)) return;
  Draw(absl::StrFormat("; %s %s in %.1f s",
                       WithThousands(static_cast<uint64_t>(findings)),
                       findings == 1 ? "finding" : "findings",
                       absl::ToDoubleSeconds(clock_() - start_)));
  *out_ << "\n" << std::flush;
  last_length_ = 0;
}

void Progress::Draw(absl::string_view tail) {
  // The total only while reading, and only while it holds (a feed named
  // as a plain file has more articles than files).
  const bool with_total =
      reading_ && total_articles_ >= static_cast<uint64_t>(articles_);
  const std::string line = absl::StrCat(
      "claimcheck: ", WithThousands(static_cast<uint64_t>(articles_)),
      with_total ? absl::StrCat(" of ", WithThousands(total_articles_)) : "",
      articles_ == 1 && !with_total ? " article, " : " articles, ",
      WithThousands(static_cast<uint64_t>(claims_)),
      claims_ == 1 ? " claim" : " claims", tail);
  if (style_ == Style::kTerminal) {
    // "\x1b[K" clears what a longer previous line left.
    *out_ << "\r\x1b[K" << line;
  } else {
    // No escape codes: spaces cover a longer previous line.
    *out_ << "\r" << line
          << std::string(
                 last_length_ > line.size() ? last_length_ - line.size() : 0,
                 ' ');
  }
  last_length_ = line.size();
  *out_ << std::flush;
}

}  // namespace claimcheck

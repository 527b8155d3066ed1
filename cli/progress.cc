#include "cli/progress.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace claimcheck {

Progress::Progress(std::ostream* out, bool enabled)
    : out_(out),
      enabled_(enabled),
      start_(absl::Now()),
      last_draw_(absl::InfinitePast()) {}

void Progress::Update(int articles, int claims) {
  articles_ = articles;
  claims_ = claims;
  if (!enabled_) return;
  const absl::Time now = absl::Now();
  if (now - last_draw_ < absl::Milliseconds(100)) return;
  last_draw_ = now;
  const double seconds = absl::ToDoubleSeconds(now - start_);
  Draw(seconds > 0 ? absl::StrFormat("%.0f articles/s", articles / seconds)
                   : "");
}

void Progress::Stage(absl::string_view what) {
  if (enabled_) Draw(what);
}

void Progress::Finish(int findings) {
  if (!enabled_) return;
  Draw(absl::StrFormat("%d findings in %.1f s", findings,
                       absl::ToDoubleSeconds(absl::Now() - start_)));
  *out_ << "\n" << std::flush;
}

void Progress::Draw(absl::string_view tail) {
  // "\x1b[K" clears what a longer previous line left.
  *out_ << "\r\x1b[K"
        << absl::StrFormat("claimcheck: %d articles, %d claims", articles_,
                           claims_)
        << (tail.empty() ? "" : ", ") << tail << std::flush;
}

}  // namespace claimcheck

// Published dates of articles: ISO dates from feeds and the command line, and
// the date line that many news pages print under their headline.
//
//   ParseIsoDate("2025-11-13T08:30:00Z")      -> "2025-11-13"
//   FindDateLine("Beijing Post\n\nThursday, Nov 13, 2025\n...", 10)
//                                            -> "2025-11-13"
//
// Both return std::nullopt when there is no valid date (February 30 is not
// one). Calendar validity is checked with Howard Hinnant's date library.
#ifndef CLAIMCHECK_CLAIMS_PUBLISHED_DATE_H_
#define CLAIMCHECK_CLAIMS_PUBLISHED_DATE_H_

#include <optional>
#include <string>

#include "absl/strings/string_view.h"

namespace claimcheck {

// Accepts YYYY-MM-DD, optionally followed by a time ("T..." or " ...") as in
// RFC 3339 timestamps; the date part is returned as YYYY-MM-DD.
std::optional<std::string> ParseIsoDate(absl::string_view text);

// Looks at the first `max_lines` lines of `text` for a line that is a date
// and nothing else, optionally after "Published", "Updated" or "Posted" (and
// a colon or "on"). Formats: "Thursday, Nov 13, 2025", "November 13, 2025",
// "13 November 2025", "Thu 13 Nov 2025", "2025-11-13". Returns YYYY-MM-DD.
// Cost: linear in the lines looked at.
std::optional<std::string> FindDateLine(absl::string_view text, int max_lines);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLAIMS_PUBLISHED_DATE_H_

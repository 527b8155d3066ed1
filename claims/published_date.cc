#include "claims/published_date.h"

#include <locale>
#include <sstream>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "date/date.h"

namespace claimcheck {
namespace {

// date::parse formats for a date line, tried in order. %b and %a accept both
// the abbreviated and the full English names.
constexpr const char* kDateLineFormats[] = {
    "%a, %b %d, %Y",  // Thursday, Nov 13, 2025
    "%a %b %d, %Y",   // Thursday Nov 13, 2025
    "%b %d, %Y",      // November 13, 2025
    "%b %d %Y",       // Nov 13 2025
    "%a, %d %b %Y",   // Thu, 13 Nov 2025
    "%a %d %b %Y",    // Thursday 13 November 2025
    "%d %b %Y",       // 13 November 2025
    "%d %b, %Y",      // 13 November, 2025
    "%F",             // 2025-11-13
};

constexpr absl::string_view kDateLinePrefixes[] = {
    "published on", "published:", "published", "updated on", "updated:",
    "updated",      "posted on",  "posted:",   "posted",
};

std::string FormatIso(const date::year_month_day& ymd) {
  return date::format("%F", date::sys_days(ymd));
}

// The whole of `text` parsed as `format`, or nullopt.
std::optional<date::year_month_day> ParseExactly(const std::string& text,
                                                 const char* format) {
  std::istringstream in(text);
  // %a and %b read names through the stream's locale, by default the
  // global one: under de_DE "März" would be a month and "March" not.
  in.imbue(std::locale::classic());
  date::year_month_day ymd{};
  in >> date::parse(format, ymd);
  if (in.fail() || !ymd.ok()) return std::nullopt;
  in >> std::ws;
  if (!in.eof()) return std::nullopt;
  return ymd;
}

}  // namespace

std::optional<std::string> ParseIsoDate(absl::string_view text) {
  text = absl::StripAsciiWhitespace(text);
  if (text.size() > 10 && (text[10] == 'T' || text[10] == ' ')) {
    text = text.substr(0, 10);
  }
  // %F would also take "2025-1-3"; feeds' ISO dates have fixed width.
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return std::nullopt;
  }
  std::optional<date::year_month_day> ymd =
      ParseExactly(std::string(text), "%F");
  if (!ymd) return std::nullopt;
  return FormatIso(*ymd);
}

std::optional<std::string> FindDateLine(absl::string_view text, int max_lines) {
  int lines_seen = 0;
  for (absl::string_view line : absl::StrSplit(text, '\n')) {
    if (lines_seen++ >= max_lines) break;
    line = absl::StripAsciiWhitespace(line);
    // A date line is short; skip prose without parsing it.
    if (line.size() < 8 || line.size() > 60) continue;
    for (absl::string_view prefix : kDateLinePrefixes) {
      if (absl::StartsWithIgnoreCase(line, prefix)) {
        line = absl::StripLeadingAsciiWhitespace(line.substr(prefix.size()));
        break;
      }
    }
    const std::string candidate(line);
    for (const char* format : kDateLineFormats) {
      if (std::optional<date::year_month_day> ymd =
              ParseExactly(candidate, format)) {
        return FormatIso(*ymd);
      }
    }
  }
  return std::nullopt;
}

}  // namespace claimcheck

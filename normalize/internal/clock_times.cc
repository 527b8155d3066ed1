// Times of day, TimeScanner::ClockTime (normalize/internal/time_scanner.h).
#include <cmath>
#include <optional>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/str_format.h"
#include "normalize/internal/time_scanner.h"

namespace claimcheck {
namespace time_internal {
namespace {

// "a.m.", "am", "a.m", "p.m.", "pm" at i: 0 for the morning, 12 for the
// afternoon; `*end` gets the token after it.
std::optional<int> MeridiemAt(const std::vector<Token>& tokens, size_t i,
                              size_t* end) {
  if (IsWord(tokens, i, "am") || IsWord(tokens, i, "pm")) {
    *end = i + 1;
    return tokens[i].norm == "pm" ? 12 : 0;
  }
  if ((IsWord(tokens, i, "a") || IsWord(tokens, i, "p")) &&
      IsSymbol(tokens, i + 1, ".") && IsWord(tokens, i + 2, "m")) {
    *end = IsSymbol(tokens, i + 3, ".") ? i + 4 : i + 3;
    return tokens[i].norm == "p" ? 12 : 0;
  }
  return std::nullopt;
}

// A time zone written after a time: an all-capital word of three to five
// letters ending in T ("GMT", "EST", "AEDT", "BST") or "UTC". A rule
// rather than a list: zone abbreviations are many and local.
bool ZoneAt(const std::vector<Token>& tokens, size_t i) {
  // Apart from the time: "10MNT" is ten tugriks, not ten o'clock.
  if (i >= tokens.size() || tokens[i].kind != TokenKind::kWord ||
      !tokens[i].all_caps || !tokens[i].space_before) {
    return false;
  }
  const std::string& w = tokens[i].norm;
  return w == "utc" || (w.size() >= 3 && w.size() <= 5 && w.back() == 't');
}

// Words after which "noon" and "midnight" name a time, not a part of the
// day in general ("the midnight sun").
bool LeadsToNoon(const std::vector<Token>& tokens, size_t i) {
  if (i == 0) return false;
  const Token& w = tokens[i - 1];
  if (w.kind != TokenKind::kWord) return false;
  return w.norm == "at" || w.norm == "by" || w.norm == "until" ||
         w.norm == "till" || w.norm == "before" || w.norm == "after" ||
         w.norm == "from" || w.norm == "around" || w.norm == "about" ||
         w.norm == "past" || w.norm == "to";
}

}  // namespace

bool ClockRangeConnectorAt(const std::vector<Token>& tokens, size_t i) {
  return IsSymbol(tokens, i, "-") || IsWord(tokens, i, "to") ||
         IsWord(tokens, i, "until") || IsWord(tokens, i, "till") ||
         IsWord(tokens, i, "through") || IsWord(tokens, i, "and");
}

std::optional<Match> TimeScanner::ClockTime(size_t i) const {
  return ClockTime(i, /*look_ahead=*/true);
}

std::optional<Match> TimeScanner::ClockTime(size_t i, bool look_ahead) const {
  const std::vector<Token>& t = tokens_;
  // The look-ahead of a range may start past the last token ("03:25-").
  if (i >= t.size()) return std::nullopt;
  int hour = -1;
  int minute = 0;
  size_t end = i + 1;
  // What the number needs after it to be a time: nothing ("6:45"), a
  // meridiem or a zone ("9 pm", "11.20pm"), a zone or "hours" ("2100 UTC").
  enum class Needs { kNothing, kMeridiemOrZone, kZoneOrHours } needs;
  bool match_meridiem = false;
  if (IsWord(t, i, "noon") || IsWord(t, i, "midnight")) {
    if (!LeadsToNoon(t, i)) return std::nullopt;
    hour = t[i].norm == "noon" ? 12 : 0;
    needs = Needs::kNothing;
  } else if (t[i].kind == TokenKind::kNumber && !t[i].has_separator &&
             !t[i].exponent && !t[i].dotted && t[i].value >= 0) {
    const Token& number = t[i];
    // The minutes or seconds of "2:14:04" start no clock either.
    if (i >= 1 && IsSymbol(t, i - 1, ":") && !t[i].space_before) {
      return std::nullopt;
    }
    if (number.decimals == 0 && number.norm.size() <= 2 &&
        IsSymbol(t, i + 1, ":") && !t[i + 1].space_before && i + 2 < t.size() &&
        t[i + 2].kind == TokenKind::kNumber && !t[i + 2].space_before &&
        t[i + 2].decimals == 0 && t[i + 2].norm.size() == 2) {
      // "2:14:04" is hours, minutes and seconds of a race, not a clock.
      if (IsSymbol(t, i + 3, ":") && !t[i + 3].space_before) {
        return std::nullopt;
      }
      hour = static_cast<int>(number.value);
      minute = static_cast<int>(t[i + 2].value);
      end = i + 3;
      needs = Needs::kNothing;
    } else if (number.decimals == 2 && number.norm.size() <= 5) {
      // "11.20pm", "6.45 a.m.": British style, with a point.
      hour = static_cast<int>(number.value);
      minute = static_cast<int>(std::lround((number.value - hour) * 100));
      needs = Needs::kMeridiemOrZone;
    } else if (number.decimals == 0 && number.norm.size() <= 2) {
      hour = static_cast<int>(number.value);
      needs = Needs::kMeridiemOrZone;
    } else if (number.decimals == 0 && number.norm.size() == 4) {
      hour = static_cast<int>(number.value) / 100;
      minute = static_cast<int>(number.value) % 100;
      needs = Needs::kZoneOrHours;
    } else {
      return std::nullopt;
    }
  } else if (t[i].kind == TokenKind::kWord) {
    // "three p.m.", "eleven o'clock": an hour in words.
    std::optional<ParsedNumber> n = ParseNumber(t, i);
    if (!n || !n->in_words || n->is_fraction || !n->scale.empty() ||
        n->value < 1 || n->value > 12 || n->value != std::floor(n->value)) {
      return std::nullopt;
    }
    hour = static_cast<int>(n->value);
    end = n->end;
    needs = Needs::kMeridiemOrZone;
  } else {
    return std::nullopt;
  }
  // "10 o'clock", "ten oclock": an hour of the clock, half of the day
  // unsaid.
  if (needs == Needs::kMeridiemOrZone && hour >= 1 && hour <= 12 &&
      minute == 0) {
    if (IsWord(t, end, "o") && IsSymbol(t, end + 1, "'") &&
        IsWord(t, end + 2, "clock")) {
      end += 3;
      needs = Needs::kNothing;
    } else if (IsWord(t, end, "oclock")) {
      end += 1;
      needs = Needs::kNothing;
    }
  }
  if (size_t after = end;
      std::optional<int> half = MeridiemAt(t, end, &after)) {
    if (needs == Needs::kZoneOrHours || hour < 1 || hour > 12) {
      return std::nullopt;
    }
    hour = hour % 12 + *half;
    end = after;
    match_meridiem = true;
  } else if (look_ahead && needs != Needs::kZoneOrHours && !ZoneAt(t, end) &&
             ClockRangeConnectorAt(t, end)) {
    // The first time of a range takes the half of the day written after
    // the second: "3-4pm", "3:30-4:30 p.m.", "between 9 and 11 a.m.".
    std::optional<Match> second = ClockTime(end + 1, /*look_ahead=*/false);
    if (!second || !second->meridiem) {
      if (needs == Needs::kMeridiemOrZone) return std::nullopt;
    } else {
      const std::string& hh = second->time.clock();  // "HH:MM"
      const int second_hour = (hh[0] - '0') * 10 + (hh[1] - '0');
      if (hour < 1 || hour > 12) return std::nullopt;
      const int afternoon = hour % 12 + 12;
      // "11-1pm" runs from the morning; "3-4pm" lies in the afternoon.
      hour =
          second_hour >= 12 && afternoon <= second_hour ? afternoon : hour % 12;
      match_meridiem = true;
    }
  } else if (needs == Needs::kMeridiemOrZone && !ZoneAt(t, end)) {
    return std::nullopt;
  } else if (needs == Needs::kZoneOrHours && !ZoneAt(t, end) &&
             !IsWord(t, end, "hours") && !IsWord(t, end, "hrs")) {
    return std::nullopt;
  } else if (needs == Needs::kZoneOrHours && !ZoneAt(t, end)) {
    ++end;  // "1430 hours"
  }
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return std::nullopt;
  Match match;
  match.begin = i;
  match.meridiem = match_meridiem;
  match.time.set_granularity(TimeRef::TIME_OF_DAY);
  match.time.set_resolved(false);
  match.time.set_clock(absl::StrFormat("%02d:%02d", hour, minute));
  if (ZoneAt(t, end)) {
    match.time.set_clock_zone(absl::AsciiStrToUpper(t[end].norm));
    ++end;
  }
  match.end = end;
  return match;
}

}  // namespace time_internal
}  // namespace claimcheck

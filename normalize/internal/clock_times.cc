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
  // "a m", "p m": the points lost in transcription. Only after a clock
  // number is this read, so "a m" elsewhere is left alone.
  if ((IsWord(tokens, i, "a") || IsWord(tokens, i, "p")) &&
      IsWord(tokens, i + 1, "m")) {
    *end = i + 2;
    return tokens[i].norm == "p" ? 12 : 0;
  }
  return std::nullopt;
}

// The part of the day a clock's hour lies in, written after it ("3:15 in
// the afternoon", "8 in the evening", "11 at night") or before it ("this
// afternoon at 3:20", "tonight at 11", "Saturday morning at 9").
enum class DayPart { kNone, kMorning, kAfternoon, kNight };

DayPart DayPartOf(const Token& token) {
  if (token.kind != TokenKind::kWord) return DayPart::kNone;
  if (token.norm == "morning") return DayPart::kMorning;
  if (token.norm == "afternoon" || token.norm == "evening") {
    return DayPart::kAfternoon;
  }
  if (token.norm == "night" || token.norm == "tonight") return DayPart::kNight;
  return DayPart::kNone;
}

DayPart DayPartAfter(const std::vector<Token>& tokens, size_t i, size_t* end) {
  size_t k = i;
  // "9 tomorrow morning", "8 this evening": the day word is a date of its
  // own, so the time ends before it.
  if ((IsWord(tokens, k, "tomorrow") || IsWord(tokens, k, "this") ||
       IsWord(tokens, k, "yesterday")) &&
      k + 1 < tokens.size()) {
    return DayPartOf(tokens[k + 1]);
  }
  if (IsWord(tokens, k, "in")) {
    ++k;
    if (IsWord(tokens, k, "the")) ++k;
    // "3 in the AM".
    if (IsWord(tokens, k, "am") || IsWord(tokens, k, "pm")) {
      *end = k + 1;
      return tokens[k].norm == "am" ? DayPart::kMorning : DayPart::kAfternoon;
    }
  } else if (IsWord(tokens, k, "at")) {
    ++k;
    if (!IsWord(tokens, k, "night")) return DayPart::kNone;
  } else if (!IsWord(tokens, k, "tonight")) {
    return DayPart::kNone;
  }
  if (k >= tokens.size()) return DayPart::kNone;
  const DayPart part = DayPartOf(tokens[k]);
  if (part != DayPart::kNone) *end = k + 1;
  return part;
}

DayPart DayPartBefore(const std::vector<Token>& tokens, size_t i) {
  if (i < 2 || !(IsWord(tokens, i - 1, "at") || IsSymbol(tokens, i - 1, "@"))) {
    return DayPart::kNone;
  }
  return DayPartOf(tokens[i - 2]);
}

// The hour 1-12 of a clock read in `part` of the day, on the 24-hour clock;
// -1 when the part cannot hold it ("5 in the afternoon" can, "5 in the
// morning" too; "9 at night" is 21:00, "2 at night" 02:00).
int HourIn(DayPart part, int hour) {
  switch (part) {
    case DayPart::kMorning:
      return hour % 12;
    case DayPart::kAfternoon:
      return hour % 12 + 12;
    case DayPart::kNight:
      return hour >= 6 && hour < 12 ? hour + 12 : hour % 12;
    case DayPart::kNone:
      break;
  }
  return -1;
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
  const absl::string_view w = tokens[i].norm;
  return w == "utc" || (w.size() >= 3 && w.size() <= 5 && w.back() == 't');
}

// Words after which "noon", "midday" and "midnight" name a time, not a
// part of the day in general ("the midnight sun").
bool LeadsToNoon(const std::vector<Token>& tokens, size_t i) {
  if (i == 0) return false;
  const Token& w = tokens[i - 1];
  if (w.kind != TokenKind::kWord) return false;
  // "the deadline is midnight".
  return w.norm == "at" || w.norm == "by" || w.norm == "until" ||
         w.norm == "is" || w.norm == "was" || w.norm == "till" ||
         w.norm == "before" || w.norm == "after" || w.norm == "from" ||
         w.norm == "around" || w.norm == "about" || w.norm == "past" ||
         w.norm == "to";
}

// Whether token i is an integer of exactly `digits` digits touching the
// token before it ("05" of "13:05").
bool IntegerTokenAt(const std::vector<Token>& tokens, size_t i, size_t digits) {
  return i < tokens.size() && tokens[i].kind == TokenKind::kNumber &&
         !tokens[i].space_before && tokens[i].decimals == 0 &&
         tokens[i].norm.size() == digits;
}

// ISO 8601's "T" just before the hour at `hour`, touching the date's
// number before it and the hour: "2015-07-31T12:00:00".
bool IsoTimeMarkBefore(const std::vector<Token>& t, size_t hour) {
  return hour >= 2 && IsWord(t, hour - 1, "t") && !t[hour - 1].space_before &&
         !t[hour].space_before && t[hour - 2].kind == TokenKind::kNumber;
}

// Hours, minutes and seconds "H:MM:SS" starting at token `hour`, read as a
// clock: the end of the clock before any half of the day or zone, or 0.
// News writes a race's time this way ("won in 2:03:59"), so the clock needs
// its place to say so: ISO 8601's "T" before it; a half of the day, a zone
// or ISO's "Z" after it; a word that leads a time ("at", "from",
// "between", "@"); a date's day or year just before it ("Oct 26 11:00:09",
// "2015-03-28 17:00:00"); or a range with another such clock ("10:00:00 -
// 21:45:00"). Seconds may have a fraction ("00.487"); they are dropped.
size_t SecondsClockEnd(const std::vector<Token>& t, size_t hour,
                       bool look_ahead) {
  const size_t seconds = hour + 4;
  if (seconds >= t.size() || t[seconds].kind != TokenKind::kNumber ||
      t[seconds].space_before || t[seconds].value >= 60 ||
      t[seconds].norm.size() < 2 ||
      (t[seconds].decimals == 0 ? t[seconds].norm.size() != 2
                                : t[seconds].norm[2] != '.')) {
    return 0;
  }
  const size_t end = seconds + 1;
  size_t after = end;
  const bool iso = IsoTimeMarkBefore(t, hour);
  const bool marked_after = MeridiemAt(t, end, &after).has_value() ||
                            ZoneAt(t, end) ||
                            (IsWord(t, end, "z") && !t[end].space_before);
  const bool led =
      hour >= 1 &&
      (IsWord(t, hour - 1, "at") || IsWord(t, hour - 1, "from") ||
       IsWord(t, hour - 1, "between") || IsSymbol(t, hour - 1, "@"));
  // "Oct 26 11:00:09", "Oct 26 - 28, 11:00:09".
  const size_t before =
      hour >= 2 && IsSymbol(t, hour - 1, ",") ? hour - 1 : hour;
  const bool after_date = before >= 1 &&
                          t[before - 1].kind == TokenKind::kNumber &&
                          t[hour].space_before;
  // A range's first clock looks at the second; the second looks back to a
  // clock's minutes or seconds ("10:00 - 11:00:09").
  const auto seconds_clock_ends_at = [&](size_t k) {
    return k >= 2 && IsSymbol(t, k - 1, ":") &&
           t[k].kind == TokenKind::kNumber &&
           t[k - 2].kind == TokenKind::kNumber;
  };
  const bool first_of_range = look_ahead && ClockRangeConnectorAt(t, end) &&
                              IsSymbol(t, end + 2, ":") &&
                              IsSymbol(t, end + 4, ":");
  const bool second_of_range = hour >= 2 &&
                               ClockRangeConnectorAt(t, hour - 1) &&
                               seconds_clock_ends_at(hour - 2);
  if (!(iso || marked_after || led || after_date || first_of_range ||
        second_of_range)) {
    return 0;
  }
  return end;
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
  bool twenty_four_hour = false;  // "15h30": no half of the day to find
  bool iso_time_mark = false;     // the "T" of "2015-07-31T12:00:00"
  if (IsWord(t, i, "noon") || IsWord(t, i, "midnight") ||
      IsWord(t, i, "midday")) {
    if (!LeadsToNoon(t, i)) return std::nullopt;
    hour = t[i].norm == "midnight" ? 0 : 12;
    needs = Needs::kNothing;
  } else if (t[i].kind == TokenKind::kNumber && !t[i].has_separator &&
             !t[i].exponent && !t[i].dotted && t[i].value >= 0) {
    const Token& number = t[i];
    // The minutes or seconds of "2:14:04" start no clock either.
    if (i >= 1 && IsSymbol(t, i - 1, ":") && !t[i].space_before) {
      return std::nullopt;
    }
    // "15h30", "at 9h30", "at 19h": the 24-hour clock with an "h", as
    // French and much European writing has it. "2h05" is as often a
    // length ("won in 2h05"), so a time needs an hour past noon with its
    // minutes, a word that leads a time, or a range with such a time.
    if (number.decimals == 0 && number.norm.size() <= 2 &&
        IsWord(t, i + 1, "h") && !t[i + 1].space_before) {
      hour = static_cast<int>(number.value);
      end = i + 2;
      const bool minutes = i + 2 < t.size() &&
                           t[i + 2].kind == TokenKind::kNumber &&
                           !t[i + 2].space_before && t[i + 2].decimals == 0 &&
                           t[i + 2].norm.size() == 2;
      if (minutes) {
        minute = static_cast<int>(t[i + 2].value);
        end = i + 3;
      }
      const auto hour_mark_ends_at = [&](size_t k) {  // "9h30" or "9h" ends k
        return (k >= 1 && IsWord(t, k, "h") &&
                t[k - 1].kind == TokenKind::kNumber) ||
               (k >= 2 && t[k].kind == TokenKind::kNumber &&
                IsWord(t, k - 1, "h") && !t[k].space_before);
      };
      // "Fri, Jul 18, 2014 19h": after a date's year.
      const bool after_year = i > 0 && t[i - 1].kind == TokenKind::kNumber &&
                              t[i - 1].norm.size() == 4 &&
                              t[i - 1].decimals == 0 && t[i].space_before;
      const bool led =
          LeadsToNoon(t, i) || after_year ||
          (i > 0 && (IsSymbol(t, i - 1, "@") || IsWord(t, i - 1, "between")));
      const bool second_of_range =
          i >= 2 && ClockRangeConnectorAt(t, i - 1) && hour_mark_ends_at(i - 2);
      const bool first_of_range = look_ahead && ClockRangeConnectorAt(t, end) &&
                                  IsWord(t, end + 2, "h");
      if (!(led || second_of_range || first_of_range ||
            (minutes && hour >= 13))) {
        return std::nullopt;
      }
      match_meridiem = true;
      twenty_four_hour = true;
      needs = Needs::kNothing;
    } else if (number.decimals == 0 && number.norm.size() <= 2 &&
               IsSymbol(t, i + 1, ":") && !t[i + 1].space_before &&
               i + 2 < t.size() && t[i + 2].kind == TokenKind::kNumber &&
               !t[i + 2].space_before && t[i + 2].decimals == 0 &&
               t[i + 2].norm.size() == 2) {
      hour = static_cast<int>(number.value);
      minute = static_cast<int>(t[i + 2].value);
      end = i + 3;
      needs = Needs::kNothing;
      if (IsSymbol(t, i + 3, ":") && !t[i + 3].space_before) {
        // "2:14:04" is as a rule hours, minutes and seconds of a race; a
        // clock only where its place says so (SecondsClockEnd).
        end = SecondsClockEnd(t, i, look_ahead);
        if (end == 0) return std::nullopt;
        iso_time_mark = IsoTimeMarkBefore(t, i);
      }
      // "3:15p": a lone "a" or "p" touching the minutes is the half of the
      // day ("3p" alone is three pence, so only after minutes).
      if ((IsWord(t, end, "a") || IsWord(t, end, "p")) &&
          !t[end].space_before &&
          (end + 1 >= t.size() || t[end + 1].kind != TokenKind::kWord) &&
          hour >= 1 && hour <= 12) {
        hour = hour % 12 + (t[end].norm == "p" ? 12 : 0);
        match_meridiem = true;
        ++end;
      }
    } else if (number.decimals == 2 && number.norm.size() <= 5) {
      // "11.20pm", "6.45 a.m.": British style, with a point.
      hour = static_cast<int>(number.value);
      minute = static_cast<int>(std::lround((number.value - hour) * 100));
      needs = Needs::kMeridiemOrZone;
    } else if (number.decimals == 0 && number.norm.size() <= 2) {
      hour = static_cast<int>(number.value);
      needs = Needs::kMeridiemOrZone;
    } else if (number.decimals == 0 && number.norm.size() == 3) {
      // "330 p.m.", "730 in the evening": hour and minutes run together,
      // read only with the half of the day after them.
      hour = static_cast<int>(number.value) / 100;
      minute = static_cast<int>(number.value) % 100;
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
    // "ten thirty a.m.", "four twenty-three pm": minutes in words too,
    // still bound to the half of the day written after them.
    if (std::optional<ParsedNumber> m = ParseNumber(t, end);
        m && m->in_words && !m->is_fraction && m->scale.empty() &&
        m->value >= 1 && m->value <= 59 && m->value == std::floor(m->value)) {
      size_t after = m->end;
      if (MeridiemAt(t, m->end, &after) ||
          DayPartAfter(t, m->end, &after) != DayPart::kNone) {
        minute = static_cast<int>(m->value);
        end = m->end;
      }
    }
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
    } else if (IsWord(t, end, "o") && IsWord(t, end + 1, "clock")) {
      end += 2;  // "10 o clock", the apostrophe lost
      needs = Needs::kNothing;
    }
  }
  size_t after = end;
  if (std::optional<int> half = MeridiemAt(t, end, &after)) {
    if (needs == Needs::kZoneOrHours || hour < 1 || hour > 12) {
      return std::nullopt;
    }
    hour = hour % 12 + *half;
    end = after;
    match_meridiem = true;
  } else if (const DayPart part = DayPartAfter(t, end, &after);
             part != DayPart::kNone && !twenty_four_hour &&
             needs != Needs::kZoneOrHours && hour >= 1 && hour <= 12) {
    hour = HourIn(part, hour);
    end = after;
    match_meridiem = true;
  } else if (const DayPart part = DayPartBefore(t, i);
             part != DayPart::kNone && !twenty_four_hour &&
             needs != Needs::kZoneOrHours && hour >= 1 && hour <= 12) {
    hour = HourIn(part, hour);
    match_meridiem = true;
  } else if (look_ahead && !twenty_four_hour && needs != Needs::kZoneOrHours &&
             !ZoneAt(t, end) && ClockRangeConnectorAt(t, end)) {
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
    // "8am until 6", "8pm - 11": a bare hour ending a range after a clock
    // with its half of the day runs forward from it, unless a word after
    // it makes it a count ("8pm - 11 people").
    if (i < 2 || !ClockRangeConnectorAt(t, i - 1) || hour < 1 || hour > 12 ||
        (end < t.size() && t[end].kind == TokenKind::kWord)) {
      return std::nullopt;
    }
    std::optional<Match> first;
    for (size_t k = i - 2; k + 8 >= i; --k) {
      if (std::optional<Match> m = ClockTime(k, /*look_ahead=*/false);
          m && m->end == i - 1 && m->meridiem) {
        first = m;
        break;
      }
      if (k == 0) break;
    }
    if (!first) return std::nullopt;
    const std::string& hh = first->time.clock();
    const int first_hour = (hh[0] - '0') * 10 + (hh[1] - '0');
    hour %= 12;
    if (hour + 12 > first_hour && hour <= first_hour) hour += 12;
    match_meridiem = true;
  } else if (needs == Needs::kZoneOrHours && !ZoneAt(t, end) &&
             !IsWord(t, end, "hours") && !IsWord(t, end, "hrs")) {
    return std::nullopt;
  } else if (needs == Needs::kZoneOrHours && !ZoneAt(t, end)) {
    ++end;  // "1430 hours"
  }
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return std::nullopt;
  Match match;
  match.begin = iso_time_mark ? i - 1 : i;
  match.meridiem = match_meridiem;
  match.time.set_granularity(TimeRef::TIME_OF_DAY);
  match.time.set_resolved(false);
  match.time.set_clock(absl::StrFormat("%02d:%02d", hour, minute));
  if (ZoneAt(t, end)) {
    match.time.set_clock_zone(absl::AsciiStrToUpper(t[end].norm));
    ++end;
  } else if (iso_time_mark) {
    // ISO 8601's zone touches the seconds: "Z" (UTC) or an offset
    // "+01:00", kept as written.
    if (IsWord(t, end, "z") && !t[end].space_before) {
      match.time.set_clock_zone("UTC");
      ++end;
    } else if ((IsSymbol(t, end, "+") || IsSymbol(t, end, "-")) &&
               !t[end].space_before && IntegerTokenAt(t, end + 1, 2) &&
               IsSymbol(t, end + 2, ":") && IntegerTokenAt(t, end + 3, 2)) {
      match.time.set_clock_zone(
          absl::StrCat(t[end].norm, t[end + 1].norm, ":", t[end + 3].norm));
      end += 4;
    }
  }
  match.end = end;
  return match;
}

std::optional<Match> TimeScanner::ClockOffset(size_t i) const {
  const std::vector<Token>& t = tokens_;
  size_t k = i;
  int minutes = 0;
  bool spelled_out = false;  // "quarter", "half", "N minutes"
  if (IsWord(t, k, "a") || IsWord(t, k, "one")) ++k;
  if (IsWord(t, k, "quarter") || IsWord(t, k, "half")) {
    if (IsWord(t, k, "half") && k != i) return std::nullopt;  // "a half"
    minutes = IsWord(t, k, "quarter") ? 15 : 30;
    spelled_out = true;
    ++k;
  } else if (k == i) {
    // Most numbers start no offset: look for the word of direction (after
    // one or two number words and "minutes") before parsing.
    bool direction_near = false;
    for (size_t d = i + 1; d <= i + 4 && d < t.size(); ++d) {
      const absl::string_view w = t[d].norm;
      direction_near |= w == "past" || w == "after" || w == "to" ||
                        w == "before" || w == "till" || w == "til" ||
                        w == "from";
    }
    if (!direction_near) return std::nullopt;
    std::optional<ParsedNumber> n = ParseNumber(t, k);
    if (!n || n->is_fraction || !n->scale.empty() || n->value < 1 ||
        n->value > 59 || n->value != std::floor(n->value) || n->decimals) {
      return std::nullopt;
    }
    minutes = static_cast<int>(n->value);
    k = n->end;
    if (IsWord(t, k, "minutes") || IsWord(t, k, "minute") ||
        IsWord(t, k, "mins")) {
      spelled_out = true;
      ++k;
    }
  } else {
    return std::nullopt;
  }
  int direction = 0;
  // "15 minutes from 1pm": "from" counts forward after minutes only.
  const bool minutes_from =
      IsWord(t, k, "from") &&
      (IsWord(t, k - 1, "minutes") || IsWord(t, k - 1, "minute") ||
       IsWord(t, k - 1, "mins"));
  if (IsWord(t, k, "past") || IsWord(t, k, "after") || minutes_from) {
    direction = 1;
  } else if (IsWord(t, k, "to") || IsWord(t, k, "before") ||
             IsWord(t, k, "till") || IsWord(t, k, "til")) {
    direction = -1;
  }
  // "half to three" is no English time; "from 3 to 4 pm" is a range.
  if (direction == 0 || (IsWord(t, k - 1, "half") && direction < 0) ||
      (direction < 0 && !spelled_out && i > 0 &&
       (IsWord(t, i - 1, "from") || IsWord(t, i - 1, "between")))) {
    return std::nullopt;
  }
  ++k;
  int hour = -1;
  size_t end = k;
  bool meridiem = false;
  std::string zone;
  if (std::optional<Match> clock = ClockTime(k, /*look_ahead=*/false);
      clock && clock->time.clock().substr(3) == "00") {
    const std::string& hh = clock->time.clock();
    hour = (hh[0] - '0') * 10 + (hh[1] - '0');
    end = clock->end;
    meridiem =
        clock->meridiem || IsWord(t, k, "noon") || IsWord(t, k, "midnight");
    zone = clock->time.clock_zone();
  } else if (spelled_out && IsWord(t, k - 1, "past")) {
    // A bare hour only after "past": "a quarter to 12" may be a share
    // falling to twelve, "half past three" is always a time.
    std::optional<ParsedNumber> n = ParseNumber(t, k);
    if (!n || n->is_fraction || !n->scale.empty() || n->decimals ||
        n->value < 1 || n->value > 12 || n->value != std::floor(n->value)) {
      return std::nullopt;
    }
    hour = static_cast<int>(n->value);
    end = n->end;
  } else {
    return std::nullopt;
  }
  int total = hour * 60 + direction * minutes;
  total = (total + 24 * 60) % (24 * 60);
  Match match;
  match.begin = i;
  match.end = end;
  match.meridiem = meridiem;
  match.time.set_granularity(TimeRef::TIME_OF_DAY);
  match.time.set_resolved(false);
  match.time.set_clock(absl::StrFormat("%02d:%02d", total / 60, total % 60));
  if (!zone.empty()) match.time.set_clock_zone(zone);
  return match;
}

}  // namespace time_internal
}  // namespace claimcheck

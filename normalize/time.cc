#include "normalize/time.h"

#include <string>
#include <utility>

#include "absl/strings/numbers.h"
#include "normalize/internal/time_scanner.h"

namespace claimcheck {
namespace {

using date::days;
using date::months;
using date::sys_days;
using date::year_month_day;
using date::years;
using time_internal::Iso;
using time_internal::LastDayOf;
using time_internal::Match;
using time_internal::TimeScanner;

// "early 2024", "late last year", "the end of March", "mid-2024", "the
// beginning of next week": the part of the period the word names, the word
// taken into the mention. "Early" and "late" stand before the period;
// "beginning", "start", "end" and "middle" need "of".
void NarrowByPrecedingWord(const std::vector<Token>& tokens, Match& match) {
  if (match.impossible || !match.time.resolved() || match.begin == 0) return;
  auto word = [&](size_t at, absl::string_view w) {
    return at < tokens.size() && tokens[at].norm == w;
  };
  size_t at = match.begin - 1;
  // "the week starting February 4", "2 weeks starting May 20th", "a week
  // starting tomorrow": that many units from the day.
  {
    size_t k = at;
    if (word(k, "on") || word(k, "from")) --k;
    if (k > 0 && k < tokens.size() &&
        (word(k, "starting") || word(k, "beginning") ||
         word(k, "commencing")) &&
        match.time.granularity() == TimeRef::DAY) {
      size_t unit_at = k - 1;
      int count = 1;
      size_t start = unit_at;
      const bool week = word(unit_at, "week") || word(unit_at, "weeks");
      const bool day = word(unit_at, "day") || word(unit_at, "days");
      if (week || day) {
        if (unit_at > 0 && tokens[unit_at - 1].kind == TokenKind::kNumber) {
          // Checked before the cast: "3e25 weeks" is past any int.
          const double value = tokens[unit_at - 1].value;
          count = value >= 0 && value <= 1000 ? static_cast<int>(value) : 0;
          start = unit_at - 1;
        } else if (unit_at > 0 &&
                   (word(unit_at - 1, "the") || word(unit_at - 1, "a"))) {
          start = unit_at - 1;
        }
        if (count >= 1 && count <= 1000) {
          const sys_days first{TimeScanner::ParseIso(match.time.begin())};
          const int span = (week ? 7 : 1) * count;
          match.time.set_end(Iso(year_month_day(first + days(span - 1))));
          match.time.set_granularity(TimeRef::PERIOD);
          match.begin = start;
          return;
        }
      }
    }
  }
  // "the week of September 16th": the Monday-to-Sunday week holding it.
  if (word(at, "of") && at > 0 && word(at - 1, "week") &&
      match.time.granularity() == TimeRef::DAY) {
    const sys_days day{TimeScanner::ParseIso(match.time.begin())};
    const sys_days monday = day - days(date::weekday(day).iso_encoding() - 1);
    match.time.set_begin(Iso(year_month_day(monday)));
    match.time.set_end(Iso(year_month_day(monday + days(6))));
    match.time.set_granularity(TimeRef::PERIOD);
    match.begin = at >= 2 && word(at - 2, "the") ? at - 2 : at - 1;
    return;
  }
  if (word(at, "-") && at > 0) --at;  // "mid-2024"
  const bool of = word(at, "of");
  if (of) {
    if (at == 0) return;
    --at;
  }
  const bool noun = word(at, "beginning") || word(at, "start") ||
                    word(at, "end") || word(at, "middle");
  const bool adjective =
      word(at, "early") || word(at, "late") || word(at, "mid");
  if (!(noun && of) && !(adjective && !of)) return;
  const int which =
      (word(at, "early") || word(at, "beginning") || word(at, "start")) ? -1
      : (word(at, "late") || word(at, "end"))                           ? 1
                                                                        : 0;
  match.time = TimeScanner::PartOf(match.time, which, noun);
  match.begin = at > 0 && word(at - 1, "the") ? at - 1 : at;
}

// `time` moved by whole years (February 29 becomes February 28).
void ShiftYears(TimeRef& time, int years_to_add) {
  for (std::string* iso : {time.mutable_begin(), time.mutable_end()}) {
    year_month_day d = TimeScanner::ParseIso(*iso) + years(years_to_add);
    if (!d.ok()) d = LastDayOf(d.year(), d.month());
    *iso = Iso(d);
  }
}

// Gives `time` the year `year`; a year earlier if it would then begin
// after `limit` ends.
void AdoptYear(TimeRef& time, date::year year, const TimeRef& limit) {
  const int delta =
      static_cast<int>(year) -
      static_cast<int>(TimeScanner::ParseIso(time.begin()).year());
  ShiftYears(time, delta);
  if (time.begin() > limit.end()) ShiftYears(time, -1);
  time.set_relative(false);
}

// "from Oct. 2 to October 22", "between 2015 and Feb 2018", "Jan 1 -
// Jan 22": two dates joined by a connector are one period, from the
// start of the first to the end of the second.
std::vector<Match> JoinRanges(const std::vector<Token>& tokens,
                              std::vector<Match> matches,
                              std::optional<year_month_day> reference) {
  auto word = [&](size_t k, absl::string_view w) {
    return k < tokens.size() && tokens[k].norm == w;
  };
  std::vector<Match> joined;
  for (size_t m = 0; m < matches.size(); ++m) {
    Match& first = matches[m];
    if (m + 1 < matches.size() && !first.impossible &&
        !matches[m + 1].impossible && first.time.resolved() &&
        matches[m + 1].time.resolved() &&
        matches[m + 1].begin == first.end + 1) {
      Match& second = matches[m + 1];
      const bool between = first.begin > 0 && word(first.begin - 1, "between");
      const size_t c = first.end;
      const bool connector = word(c, "to") || word(c, "until") ||
                             word(c, "till") || word(c, "through") ||
                             word(c, "thru") || word(c, "-") ||
                             (between && word(c, "and"));
      // "between Feb 1st and March 2019": a first date without its year
      // takes the second's; "from 10/25 to 01/25": a second date that
      // took the reference's year and falls before the first is in the
      // year after ("Monday to Friday": a weekday, in the week after).
      if (connector) {
        if (first.year_implied && !second.time.relative()) {
          AdoptYear(first.time, TimeScanner::ParseIso(second.time.end()).year(),
                    second.time);
        } else if (first.year_implied && second.year_implied &&
                   second.time.end() < first.time.begin() &&
                   first.time.granularity() == TimeRef::MONTH &&
                   second.time.granularity() == TimeRef::MONTH) {
          // "from December to May": the range that holds the reference,
          // December of the year before or May of the year after.
          const std::string today =
              reference ? Iso(*reference) : first.time.begin();
          TimeRef earlier = first.time;
          ShiftYears(earlier, -1);
          if (earlier.begin() <= today && today <= second.time.end()) {
            first.time = earlier;
          } else {
            ShiftYears(second.time, 1);
          }
        } else if (second.time.relative() &&
                   second.time.end() < first.time.begin() &&
                   second.time.granularity() == TimeRef::DAY) {
          // "Monday - Friday" when Friday was read as the one before
          // Monday: a range of weekdays runs to the next such day.
          const date::days behind =
              date::sys_days(TimeScanner::ParseIso(first.time.begin())) -
              date::sys_days(TimeScanner::ParseIso(second.time.end()));
          if (behind < date::days(7)) {
            const std::string day = Iso(year_month_day(
                date::sys_days(TimeScanner::ParseIso(second.time.end())) +
                date::days(7)));
            second.time.set_begin(day);
            second.time.set_end(day);
          } else {
            ShiftYears(second.time, 1);
          }
        }
      }
      if (connector && first.time.begin() <= second.time.end()) {
        Match range = first;
        if (first.begin > 0 && (word(first.begin - 1, "from") || between)) {
          range.begin = first.begin - 1;
        }
        range.end = second.end;
        range.time.set_end(second.time.end());
        range.time.set_granularity(TimeRef::PERIOD);
        range.time.set_relative(first.time.relative() ||
                                second.time.relative());
        joined.push_back(std::move(range));
        ++m;
        continue;
      }
    }
    joined.push_back(std::move(first));
  }
  return joined;
}

// The year written after a date's clock is the date's: "Thu Oct 26
// 11:00:09 EDT 2023", as Unix's date and many logs and feeds print it.
// The year's own mention goes (its tokens stay taken).
void GiveDatesTheYearAfterTheirClock(const std::vector<Token>& tokens,
                                     std::vector<Match>& matches) {
  const auto is_clock = [&](size_t m) {
    return m < matches.size() &&
           matches[m].time.granularity() == TimeRef::TIME_OF_DAY;
  };
  for (size_t m = 0; m + 2 < matches.size(); ++m) {
    Match& date = matches[m];
    // Its clock, or two ("Oct 26, 10:00 - 11:00:09 2023").
    size_t last_clock = m + 1;
    if (is_clock(m + 2) && matches[m + 2].begin == matches[m + 1].end + 1 &&
        time_internal::ClockRangeConnectorAt(tokens, matches[m + 1].end)) {
      last_clock = m + 2;
    }
    if (last_clock + 1 >= matches.size()) continue;
    const Match& clock = matches[m + 1];
    Match& year = matches[last_clock + 1];
    const bool date_then_clock =
        clock.begin == date.end ||
        (clock.begin == date.end + 1 && tokens[date.end].norm == ",");
    // A month and day with no year: a single day, or a range of days.
    const bool year_unwritten =
        date.year_implied ||
        (date.time.granularity() == TimeRef::PERIOD && date.time.relative());
    if (!year_unwritten || date.impossible || !date_then_clock ||
        !is_clock(m + 1) || year.begin != matches[last_clock].end ||
        year.end != year.begin + 1 ||
        year.time.granularity() != TimeRef::YEAR ||
        date.time.begin().size() != 10 || date.time.end().size() != 10 ||
        date.time.begin().substr(0, 4) != date.time.end().substr(0, 4)) {
      continue;
    }
    const std::string written = year.time.begin().substr(0, 4);
    const std::string begin = written + date.time.begin().substr(4);
    const std::string end = written + date.time.end().substr(4);
    if (!ParseIsoDay(begin) || !ParseIsoDay(end)) continue;
    date.time.set_begin(begin);
    date.time.set_end(end);
    date.time.set_relative(false);
    date.year_implied = false;
    year.impossible = true;
  }
}

// A time of day takes the day written next to it: "at 9:30 p.m. on
// Friday", "Friday at 9:30 p.m.", "6:45 a.m., March 3", "Saturday morning
// at 9". Only "on", "at", commas and a part of the day may stand between
// them.
void GiveClockTimesTheirDay(const std::vector<Token>& tokens,
                            std::vector<Match>& matches) {
  const auto joined_by_glue = [&](size_t from, size_t to) {
    if (to < from || to - from > 3) return false;
    for (size_t k = from; k < to; ++k) {
      const absl::string_view w = tokens[k].norm;
      // "Saturday morning at 9": the part of the day is the clock's.
      if (w != "on" && w != "at" && w != "," && w != "morning" &&
          w != "afternoon" && w != "evening" && w != "night") {
        return false;
      }
    }
    return true;
  };
  for (size_t m = 0; m < matches.size(); ++m) {
    TimeRef& clock = matches[m].time;
    if (clock.granularity() != TimeRef::TIME_OF_DAY) continue;
    const Match* day = nullptr;
    if (m + 1 < matches.size() && !matches[m + 1].impossible &&
        joined_by_glue(matches[m].end, matches[m + 1].begin)) {
      day = &matches[m + 1];
    } else if (m > 0 && joined_by_glue(matches[m - 1].end, matches[m].begin)) {
      day = &matches[m - 1];
    }
    if (day == nullptr || day->impossible ||
        day->time.granularity() != TimeRef::DAY || !day->time.resolved()) {
      continue;
    }
    clock.set_begin(day->time.begin());
    clock.set_end(day->time.end());
    clock.set_relative(day->time.relative());
    clock.set_resolved(true);
  }
  // The two times of a range share their day: "9:30 to 11:00 on Thursday".
  for (size_t m = 0; m + 1 < matches.size(); ++m) {
    TimeRef& first = matches[m].time;
    TimeRef& second = matches[m + 1].time;
    if (first.granularity() != TimeRef::TIME_OF_DAY ||
        second.granularity() != TimeRef::TIME_OF_DAY ||
        matches[m + 1].begin != matches[m].end + 1) {
      continue;
    }
    if (!time_internal::ClockRangeConnectorAt(tokens, matches[m].end)) {
      continue;
    }
    // "11:30-1:30": a range runs forward, so a second hour before the
    // first, with no half of the day written, is in the afternoon.
    const auto hour_of = [](const TimeRef& t) {
      return (t.clock()[0] - '0') * 10 + (t.clock()[1] - '0');
    };
    if (!matches[m].meridiem && !matches[m + 1].meridiem &&
        hour_of(second) < hour_of(first) && hour_of(second) < 12 &&
        hour_of(second) + 12 > hour_of(first)) {
      std::string clock = second.clock();
      const int hour = hour_of(second) + 12;
      clock[0] = static_cast<char>('0' + hour / 10);
      clock[1] = static_cast<char>('0' + hour % 10);
      second.set_clock(clock);
    }
    TimeRef& without = first.resolved() ? second : first;
    const TimeRef& with = first.resolved() ? first : second;
    if (!with.resolved() || without.resolved()) continue;
    without.set_begin(with.begin());
    without.set_end(with.end());
    without.set_relative(with.relative());
    without.set_resolved(true);
  }
}

}  // namespace

std::optional<date::year_month_day> ParseIsoDay(absl::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  int year = 0, month = 0, day = 0;
  if (!absl::SimpleAtoi(iso.substr(0, 4), &year) ||
      !absl::SimpleAtoi(iso.substr(5, 2), &month) ||
      !absl::SimpleAtoi(iso.substr(8, 2), &day)) {
    return std::nullopt;
  }
  const date::year_month_day ymd{date::year(year),
                                 date::month(static_cast<unsigned>(month)),
                                 date::day(static_cast<unsigned>(day))};
  if (!ymd.ok()) return std::nullopt;
  return ymd;
}

std::vector<Mention> FindTimes(absl::string_view text,
                               const std::vector<Token>& tokens,
                               std::optional<year_month_day> reference,
                               std::vector<bool>* taken, TimeContext* context) {
  if (taken != nullptr) taken->assign(tokens.size(), false);
  TimeScanner scanner(tokens, reference);
  if (context != nullptr && context->anchor) {
    scanner.SetAnchor(*context->anchor);
  }
  std::vector<Match> matches;
  size_t i = 0;
  while (i < tokens.size()) {
    std::optional<Match> match = scanner.MatchAt(i);
    if (!match) {
      ++i;
      continue;
    }
    i = match->end;
    NarrowByPrecedingWord(tokens, *match);
    // "next week Friday": a match that reaches back over earlier ones
    // replaces them.
    while (!matches.empty() && matches.back().end > match->begin) {
      matches.pop_back();
    }
    // A year that names an edition ("the 2003 London Marathon", "the 2019
    // Chicago Marathon") says when that event was, not when the story
    // goes on: it anchors nothing.
    const bool edition = match->time.granularity() == TimeRef::YEAR &&
                         match->end == match->begin + 1 &&
                         match->end < tokens.size() &&
                         tokens[match->end].capitalized && match->begin > 0 &&
                         tokens[match->begin - 1].norm == "the";
    if (!match->impossible && match->anchors && !edition) {
      scanner.SetAnchor(match->time);
    }
    matches.push_back(std::move(*match));
  }
  if (context != nullptr) context->anchor = scanner.anchor();
  std::vector<Match> joined = JoinRanges(tokens, std::move(matches), reference);
  GiveDatesTheYearAfterTheirClock(tokens, joined);
  GiveClockTimesTheirDay(tokens, joined);
  std::vector<Mention> mentions;
  for (Match& match : joined) {
    if (taken != nullptr) {
      for (size_t k = match.begin; k < match.end; ++k) (*taken)[k] = true;
    }
    if (match.impossible) continue;
    Mention& mention = mentions.emplace_back();
    mention.set_begin(tokens[match.begin].begin);
    mention.set_end(tokens[match.end - 1].end);
    mention.set_text(std::string(
        text.substr(mention.begin(), mention.end() - mention.begin())));
    match.time.set_text(mention.text());
    *mention.mutable_time() = std::move(match.time);
  }
  return mentions;
}

}  // namespace claimcheck

#include <cstdio>
#include <string>

#include "normalize/internal/time_scanner.h"

namespace claimcheck {
namespace time_internal {

std::optional<Match> TimeScanner::YearEarlierPeriod(size_t i) const {
  size_t j = i;
  if (Word(j, "the")) ++j;
  size_t unit_at = 0;
  size_t end = 0;
  if (Word(j, "year") && Symbol(j + 1, "-") && !tokens_[j + 1].space_before &&
      (Word(j + 2, "ago") || Word(j + 2, "earlier"))) {
    unit_at = j + 3;  // "the year-ago quarter"
    end = j + 4;
  } else if (Word(j, "same") && j > i) {
    unit_at = j + 1;  // "the same quarter last year"
    const size_t k = j + 2;
    if (Word(k, "last") && Word(k + 1, "year")) {
      end = k + 2;
    } else if ((Word(k, "a") || Word(k, "one")) && Word(k + 1, "year") &&
               (Word(k + 2, "earlier") || Word(k + 2, "ago") ||
                Word(k + 2, "before"))) {
      end = k + 3;
    } else if ((Word(k, "of") || Word(k, "in")) && Word(k + 1, "the") &&
               (Word(k + 2, "previous") || Word(k + 2, "prior")) &&
               Word(k + 3, "year")) {
      end = k + 4;
    } else {
      return std::nullopt;
    }
  } else {
    return std::nullopt;
  }
  if (unit_at >= tokens_.size()) return std::nullopt;
  // "period" is whatever period the anchor is.
  const bool any_period = Word(unit_at, "period");
  Unit unit = any_period ? AnchorUnit() : UnitOf(tokens_[unit_at].norm);
  if (!any_period && (unit == Unit::kNone || unit == Unit::kDecade ||
                      tokens_[unit_at].norm.back() == 's')) {
    return std::nullopt;
  }
  if (anchor_ && unit != Unit::kNone && unit >= AnchorUnit()) {
    return Match{
        i, end,
        PeriodAround(Shift(Parse(anchor_->begin()), Unit::kYear, -1), unit, 0)};
  }
  // With no date before it, the reference's own period, a year back.
  if (!reference_ || unit == Unit::kNone || anchor_) {
    return Match{i, end, Unresolved(TimeRef::GRANULARITY_UNSPECIFIED)};
  }
  return Match{i, end,
               PeriodAround(Shift(*reference_, Unit::kYear, -1), unit, 0)};
}

std::optional<Match> TimeScanner::AnchoredPeriod(size_t i) const {
  if (std::optional<Match> m = YearEarlierPeriod(i)) {
    // A baseline of a comparison: the story's time does not move to it.
    m->anchors = false;
    return m;
  }
  size_t j = i;
  const bool the = Word(j, "the");
  if (the) ++j;
  int offset = 0;
  bool falls_back = false;  // to the reference's reading, without an anchor
  if (Word(j, "following")) {
    offset = 1;
  } else if (the && Word(j, "next")) {
    offset = 1;
    falls_back = true;
  } else if (the && (Word(j, "previous") || Word(j, "preceding") ||
                     Word(j, "prior"))) {
    offset = -1;
    falls_back = true;
  } else if (the && Word(j, "same")) {
    falls_back = true;
  } else if (!the && Word(j, "that")) {
    // "that year"
  } else {
    return std::nullopt;
  }
  if (j + 1 >= tokens_.size() || tokens_[j + 1].norm.back() == 's') {
    return std::nullopt;
  }
  const Unit unit = UnitOf(tokens_[j + 1].norm);
  if (unit == Unit::kNone || unit == Unit::kDecade) return std::nullopt;
  if (std::optional<TimeRef> time = FromAnchor(unit, offset)) {
    return Match{i, j + 2, *time};
  }
  // Without any anchor, "the next day" counts from the reference; after
  // "in 2019" it names no day we know.
  if (falls_back && !anchor_) return std::nullopt;
  return Match{i, j + 2, Unresolved(TimeRef::GRANULARITY_UNSPECIFIED)};
}

std::optional<Match> TimeScanner::Relative(size_t i) const {
  if (std::optional<Match> anchored = AnchoredPeriod(i)) return anchored;
  const bool resolvable = reference_.has_value();
  auto resolved_or_not = [&](size_t begin, size_t end, auto make,
                             TimeRef::Granularity granularity) {
    return resolvable ? Match{begin, end, make()}
                      : Match{begin, end, Unresolved(granularity)};
  };
  // "the end of the year", "the beginning of the month", "year-end",
  // "month-end": a part of the reference's own period, as "the end of
  // 2024" is of 2024 (PartOf).
  {
    size_t j = i;
    if (Word(j, "the")) ++j;
    int which = 2;
    if (Word(j, "end")) {
      which = 1;
    } else if (Word(j, "beginning") || Word(j, "start")) {
      which = -1;
    } else if (Word(j, "middle")) {
      which = 0;
    }
    if (which != 2 && Word(j + 1, "of") && Word(j + 2, "the") &&
        j + 3 < tokens_.size() && tokens_[j + 3].norm.back() != 's') {
      const Unit unit = UnitOf(tokens_[j + 3].norm);
      if (unit == Unit::kWeek || unit == Unit::kMonth ||
          unit == Unit::kQuarter || unit == Unit::kYear) {
        if (!resolvable) return Match{i, j + 4, Unresolved(TimeRef::PERIOD)};
        return Match{i, j + 4, PartOf(PeriodOf(unit, 0), which, true)};
      }
    }
    const Unit unit = UnitOf(tokens_[i].norm);
    if ((unit == Unit::kMonth || unit == Unit::kQuarter ||
         unit == Unit::kYear) &&
        tokens_[i].norm.back() != 's' && Symbol(i + 1, "-") &&
        !tokens_[i + 1].space_before && Word(i + 2, "end") &&
        !tokens_[i + 2].space_before) {
      if (!resolvable) return Match{i, i + 3, Unresolved(TimeRef::PERIOD)};
      return Match{i, i + 3, PartOf(PeriodOf(unit, 0), 1, true)};
    }
  }
  // "between now and November 15th": now is the reference day, in a range.
  if (Word(i, "now") && i > 0 &&
      (Word(i - 1, "between") || Word(i - 1, "and") || Word(i - 1, "to") ||
       Word(i - 1, "until"))) {
    return resolved_or_not(
        i, i + 1, [&] { return PeriodOf(Unit::kDay, 0); }, TimeRef::DAY);
  }
  // "the day after tomorrow", "the day before yesterday".
  {
    size_t j = i;
    if (Word(j, "the")) ++j;
    if (Word(j, "day") &&
        ((Word(j + 1, "after") && IsTomorrow(j + 2)) ||
         (Word(j + 1, "before") && Word(j + 2, "yesterday")))) {
      const int offset = Word(j + 1, "after") ? 2 : -2;
      return resolved_or_not(
          i, j + 3, [&] { return PeriodOf(Unit::kDay, offset); }, TimeRef::DAY);
    }
  }
  // "this weekend", "next weekend", "the weekend", "weekend", "this past
  // weekend" (the last), "this coming weekend" (the next).
  const bool this_then = Word(i, "this") &&
                         (Word(i + 1, "past") || Word(i + 1, "coming")) &&
                         Word(i + 2, "weekend");
  if (((Word(i, "this") || Word(i, "next") || Word(i, "last") ||
        Word(i, "the") || Word(i, "my")) &&
       Word(i + 1, "weekend")) ||
      Word(i, "weekend") || this_then) {
    size_t end = Word(i, "weekend") ? i + 1 : this_then ? i + 3 : i + 2;
    int offset = OffsetWordAt(i).value_or(0);
    // "the weekend after next".
    if (Word(i, "the") && AfterNextAt(end)) {
      end = AfterNextAt(end);
      offset = 2;
    }
    if (this_then && Word(i + 1, "past")) {
      offset = -1;
    } else if (this_then && reference_) {
      // The first weekend still ahead: this week's on a weekday.
      offset = date::weekday(sys_days(*reference_)).iso_encoding() <= 5 ? 0 : 1;
    }
    if (!resolvable) return Match{i, end, Unresolved(TimeRef::PERIOD)};
    const sys_days ref{*reference_};
    const sys_days saturday = ref -
                              days(date::weekday(ref).iso_encoding() - 1) +
                              days(5) + days(7 * offset);
    return Match{
        i, end,
        Period(year_month_day(saturday), year_month_day(saturday + days(1)),
               TimeRef::PERIOD, true)};
  }
  // "the week after next", "the year after the next".
  if (const size_t end = Word(i, "the") ? AfterNextAt(i + 2) : 0) {
    const Unit unit =
        i + 1 < tokens_.size() ? UnitOf(tokens_[i + 1].norm) : Unit::kNone;
    if (unit != Unit::kNone && unit != Unit::kDay) {
      return resolved_or_not(
          i, end, [&] { return PeriodOf(unit, 2); },
          TimeRef::GRANULARITY_UNSPECIFIED);
    }
  }
  if (Word(i, "yesterday") || Word(i, "today") || IsTomorrow(i)) {
    const int offset = Word(i, "yesterday") ? -1 : Word(i, "today") ? 0 : 1;
    return resolved_or_not(
        i, i + 1, [&] { return PeriodOf(Unit::kDay, offset); }, TimeRef::DAY);
  }
  // "last month", "this year", "next quarter", "past week", "previous
  // week" (with "the", it counts from the story's last date, above).
  if (Word(i, "last") || Word(i, "this") || Word(i, "next") ||
      Word(i, "past") || Word(i, "coming") || Word(i, "current") ||
      Word(i, "upcoming") || (Word(i, "previous") && !Word(i - 1, "the"))) {
    const Unit unit =
        i + 1 < tokens_.size() ? UnitOf(tokens_[i + 1].norm) : Unit::kNone;
    // "the last year of his term" is no calendar year.
    const bool of_something = i > 0 && Word(i - 1, "the") && Word(i + 2, "of");
    if (unit != Unit::kNone && !of_something &&
        !(i + 1 < tokens_.size() && tokens_[i + 1].norm.back() == 's')) {
      const int offset =
          (Word(i, "last") || Word(i, "past") || Word(i, "previous")) ? -1
          : (Word(i, "this") || Word(i, "current"))                   ? 0
                                                                      : 1;
      return resolved_or_not(
          i, i + 2, [&] { return PeriodOf(unit, offset); },
          TimeRef::GRANULARITY_UNSPECIFIED);
    }
  }
  // "earlier this year", "later this month": from the start of the
  // period to the reference, or from the reference to its end.
  // "earlier in the week", "later in the year" mean the same.
  const size_t this_at =
      Word(i + 1, "in") && Word(i + 2, "the") ? i + 2 : i + 1;
  if ((Word(i, "earlier") || Word(i, "later")) &&
      (Word(this_at, "this") || this_at == i + 2) &&
      (Word(this_at + 1, "year") || Word(this_at + 1, "month") ||
       Word(this_at + 1, "week"))) {
    if (!resolvable) {
      return Match{i, this_at + 2, Unresolved(TimeRef::PERIOD)};
    }
    TimeRef part = PeriodOf(UnitOf(tokens_[this_at + 1].norm), 0);
    part.set_granularity(TimeRef::PERIOD);
    if (Word(i, "earlier")) {
      part.set_end(Iso(*reference_));
    } else {
      part.set_begin(Iso(*reference_));
    }
    return Match{i, this_at + 2, part};
  }
  // "within 5 days", "within the next 3 years", "within 2 weeks from
  // today": from the reference to the end of the span.
  if (Word(i, "within")) {
    size_t k = i + 1;
    if (Word(k, "the")) ++k;
    if (Word(k, "next") || Word(k, "upcoming") || Word(k, "coming")) ++k;
    size_t last_unit = k;
    const std::vector<std::pair<int, Unit>> parts = OffsetParts(k, &last_unit);
    if (!parts.empty()) {
      size_t end = last_unit + 1;
      if (Word(end, "from") && Word(end + 1, "today")) end += 2;
      if (!resolvable) return Match{i, end, Unresolved(TimeRef::PERIOD)};
      year_month_day to = *reference_;
      for (const auto& [count, unit] : parts) to = Shift(to, unit, count);
      return Match{i, end, Period(*reference_, to, TimeRef::PERIOD, true)};
    }
  }
  // "the same year", "the same week": the reference's own.
  if (Word(i, "same") && i + 1 < tokens_.size() &&
      UnitOf(tokens_[i + 1].norm) != Unit::kNone &&
      UnitOf(tokens_[i + 1].norm) != Unit::kDay) {
    return resolved_or_not(
        i, i + 2, [&] { return PeriodOf(UnitOf(tokens_[i + 1].norm), 0); },
        TimeRef::PERIOD);
  }
  // "rest of the month", "rest of this week", "the rest of the year".
  {
    size_t j = i;
    if (Word(j, "the")) ++j;
    if (Word(j, "rest")) {
      size_t k = j + 1;
      if (Word(k, "of")) ++k;
      if (Word(k, "the") || Word(k, "this") || Word(k, "my") ||
          Word(k, "current")) {
        ++k;
      }
      // "the rest of 2010": from the reference to the year's end.
      if (YearAt(k) && reference_ &&
          static_cast<int>(reference_->year()) == IntAt(k)) {
        TimeRef rest = Year(reference_->year(), true);
        rest.set_granularity(TimeRef::PERIOD);
        rest.set_begin(Iso(*reference_));
        return Match{i, k + 1, rest};
      }
      const Unit unit =
          k < tokens_.size() ? UnitOf(tokens_[k].norm) : Unit::kNone;
      if (unit == Unit::kWeek || unit == Unit::kMonth || unit == Unit::kYear) {
        if (!resolvable) return Match{i, k + 1, Unresolved(TimeRef::PERIOD)};
        TimeRef rest = PeriodOf(unit, 0);
        rest.set_granularity(TimeRef::PERIOD);
        rest.set_begin(Iso(*reference_));
        return Match{i, k + 1, rest};
      }
    }
  }
  // "next 3 days", "past 3 weeks", "previous 2 months": the days after or
  // before the reference.
  if ((Word(i, "next") || Word(i, "past") || Word(i, "last") ||
       Word(i, "previous") || Word(i, "coming") || Word(i, "upcoming")) &&
      i + 1 < tokens_.size() && !Word(i + 1, "a") && !Word(i + 1, "an")) {
    if (std::optional<ParsedNumber> n = CountAt(i + 1)) {
      const Unit unit =
          n->end < tokens_.size() ? UnitOf(tokens_[n->end].norm) : Unit::kNone;
      if (unit != Unit::kNone) {
        const int count = static_cast<int>(n->value);
        if (!resolvable) {
          return Match{i, n->end + 1, Unresolved(TimeRef::PERIOD)};
        }
        const bool forward =
            Word(i, "next") || Word(i, "coming") || Word(i, "upcoming");
        const year_month_day ref = *reference_;
        const TimeRef period =
            forward
                ? Period(year_month_day(sys_days(ref) + days(1)),
                         Shift(ref, unit, count), TimeRef::PERIOD, true)
                : Period(Shift(ref, unit, -count), ref, TimeRef::PERIOD, true);
        return Match{i, n->end + 1, period};
      }
    }
  }
  // "in three weeks", "in 7 days", "in two years": that many units after
  // the reference when the verbs point ahead ("will vote in three weeks")
  // or there is no verb; otherwise a length of time, which the quantity
  // grammar reads ("was built in three weeks").
  if (Word(i, "in")) {
    size_t u = i + 1;
    const std::vector<std::pair<int, Unit>> parts = OffsetParts(i + 1, &u);
    bool verb_seen = false;
    if (!parts.empty() && !Word(u + 1, "of") &&
        (TenseNear(i, &verb_seen) > 0 || !verb_seen)) {
      size_t end = u + 1;
      // "in three weeks' time", "in a month's time".
      if (Symbol(end, "'") && Word(end + 1, "time")) end += 2;
      if (Symbol(end, "'") && Word(end + 1, "s") && Word(end + 2, "time")) {
        end += 3;
      }
      if (!resolvable) return Match{i, end, Unresolved(TimeRef::DAY)};
      if (parts.size() == 1 && parts[0].second == Unit::kYear) {
        return Match{i, end, PeriodOf(Unit::kYear, parts[0].first)};
      }
      year_month_day day = *reference_;
      for (const auto& [count, unit] : parts) day = Shift(day, unit, count);
      return Match{i, end, Day(day, true)};
    }
  }
  // "two years ago", "a month ago", "two weeks from now", "3 days later",
  // "two days after today", "four days before yesterday".
  {
    size_t u = i;
    const std::vector<std::pair<int, Unit>> parts = OffsetParts(i, &u);
    int direction = 0;
    // "later" with no date before it counts from the reference: a guess,
    // which anchors nothing after it.
    bool guessed = false;
    int anchor = 0;  // days from the reference the count starts at
    size_t end = u + 2;
    if (parts.empty()) {
      // not a relative count
    } else if (Word(u + 1, "ago")) {
      direction = -1;
    } else if (Word(u + 1, "or") && Word(u + 2, "so") && Word(u + 3, "ago")) {
      direction = -1;  // "a month or so ago"
      end = u + 4;
    } else if (Word(u + 1, "later") || Word(u + 1, "earlier")) {
      // "Three days later", "a year earlier": from the date the text gave
      // last. Without one, "later" counts from the reference; "earlier"
      // than a date we do not know stays unresolved.
      const int from_anchor = Word(u + 1, "later") ? 1 : -1;
      if (std::optional<TimeRef> time = ShiftedAnchor(parts, from_anchor)) {
        return Match{i, u + 2, *time};
      }
      if (from_anchor < 0 || anchor_.has_value()) {
        return Match{i, u + 2, Unresolved(TimeRef::PERIOD)};
      }
      direction = 1;
      guessed = true;
    } else if (Word(u + 1, "hence")) {
      direction = 1;
    } else if ((Word(u + 1, "from") || Word(u + 1, "after") ||
                Word(u + 1, "before")) &&
               (Word(u + 2, "now") || Word(u + 2, "today") ||
                IsTomorrow(u + 2) || Word(u + 2, "yesterday"))) {
      direction = Word(u + 1, "before") ? -1 : 1;
      anchor = IsTomorrow(u + 2) ? 1 : Word(u + 2, "yesterday") ? -1 : 0;
      end = u + 3;
    }
    if (direction != 0) {
      if (!resolvable) return Match{i, end, Unresolved(TimeRef::DAY)};
      // A count of weeks or years ago names that week or year: "two years
      // ago" is 2023 for an article of 2025, "six weeks ago" a week
      // (Monday to Sunday), not one day of it; decades name a year. Months
      // ago are the day ("two months ago", as Recognizers and Duckling
      // read it), unless "or so" makes the count rough: "a month or so
      // ago" is that month.
      const bool rough = Word(u + 1, "or");
      if (parts.size() == 1 && direction < 0 && anchor == 0 &&
          (parts[0].second == Unit::kWeek || parts[0].second == Unit::kYear ||
           parts[0].second == Unit::kDecade ||
           (rough && parts[0].second == Unit::kMonth))) {
        const int count = parts[0].first * direction;
        if (parts[0].second == Unit::kDecade) {
          return Match{i, end, PeriodOf(Unit::kYear, 10 * count)};
        }
        return Match{i, end, PeriodOf(parts[0].second, count)};
      }
      year_month_day day{sys_days(*reference_) + days(anchor)};
      for (const auto& [count, part_unit] : parts) {
        day = Shift(day, part_unit, count * direction);
      }
      Match match{i, end, Day(day, true)};
      match.anchors = !guessed;
      return match;
    }
  }
  // "the past two years", "the last decade", "over the past 12 months":
  // up to the reference. "the last day" is the day before it.
  size_t j = i;
  if (Word(j, "the")) ++j;
  if ((Word(j, "past") || Word(j, "last")) && j > i) {
    size_t k = j + 1;
    int count = 1;
    bool counted = false;
    if (std::optional<ParsedNumber> n = CountAt(k);
        n && !Word(k, "a") && !Word(k, "an")) {
      count = static_cast<int>(n->value);
      counted = true;
      k = n->end;
    }
    const Unit unit =
        k < tokens_.size() ? UnitOf(tokens_[k].norm) : Unit::kNone;
    // "the last day of October" is that month's (NthWeekday), "the last
    // year of his term" none we know.
    if (unit != Unit::kNone && !Word(k + 1, "of")) {
      if (!resolvable) return Match{i, k + 1, Unresolved(TimeRef::PERIOD)};
      if (unit == Unit::kDay && !counted) {
        return Match{i, k + 1, PeriodOf(Unit::kDay, -1)};
      }
      return Match{i, k + 1,
                   Period(Shift(*reference_, unit, -count), *reference_,
                          TimeRef::PERIOD, true)};
    }
  }
  return std::nullopt;
}

}  // namespace time_internal
}  // namespace claimcheck

#include <cmath>
#include <cstdio>
#include <string>

#include "absl/strings/match.h"
#include "normalize/internal/time_scanner.h"

namespace claimcheck {
namespace time_internal {

std::optional<Match> TimeScanner::MonthDay(
    size_t begin, size_t end, unsigned month, unsigned day,
    std::optional<unsigned> weekday) const {
  bool relative = false;
  std::optional<int> year = YearOf(&end, &relative);
  if (!year) return Match{begin, end, Unresolved(TimeRef::DAY)};
  // "Fri, Jul 18" with no year: the year before or after the reference's
  // when July 18 is a Friday there and not in it, in the verbs' direction.
  const auto falls_on = [&](int y) {
    const year_month_day ymd{date::year(y), date::month(month), date::day(day)};
    return ymd.ok() &&
           date::weekday(sys_days(ymd)).c_encoding() == *weekday % 7;
  };
  // "Feb 29" with no year: the leap year nearest in the verbs' direction,
  // the latest one unless they point ahead.
  if (relative && month == 2 && day == 29 && !date::year(*year).is_leap()) {
    const int step = TenseDirectionNear(begin) > 0 ? 1 : -1;
    while (!date::year(*year).is_leap()) *year += step;
  }
  if (relative && weekday && !falls_on(*year)) {
    const int direction = TenseDirectionNear(begin);
    // Only the years next to it: a weekday that fits no nearer year is
    // more likely a slip than a date years away.
    if (direction <= 0 && falls_on(*year - 1)) {
      *year -= 1;
    } else if (direction >= 0 && falls_on(*year + 1)) {
      *year += 1;
    }
  }
  std::optional<Match> match =
      DateMatch(begin, end, *year, month, day, relative);
  if (match) match->year_implied = relative;
  return match;
}

std::optional<Match> TimeScanner::WeekdayAndDate(size_t i) const {
  size_t j = i;
  unsigned weekday = 0;
  if (size_t end = WeekdayAt(i, &weekday)) {
    j = end;
    if (Symbol(j, ",")) ++j;
  }
  const std::optional<unsigned> written_weekday =
      j > i ? std::optional<unsigned>(weekday) : std::nullopt;
  unsigned month = 0, day = 0;
  // "Nov 13, 2025", "November 13", "Oct-2", "Jan first", "May twenty one",
  // and "November 19-20" (a range of days).
  if (size_t end = MonthAt(j, &month)) {
    // "November between 19 and 20".
    unsigned first_day = 0, last_day = 0;
    if (Word(end, "between") && DayAt(end + 1, &first_day) &&
        (Word(end + 2, "and") || Symbol(end + 2, "-")) &&
        DayAt(end + 3, &last_day) && last_day > first_day) {
      return DayRange(i, end + 4, month, first_day, last_day);
    }
    size_t d = end;
    if ((Symbol(d, "-") || Symbol(d, "/")) && !tokens_[d].space_before) ++d;
    if (Word(d, "the")) ++d;  // "September the twenty-first"
    if (size_t day_end = DayAt(d, &day, true)) {
      if (!Symbol(day_end, ":")) {
        unsigned last_day = 0;
        // "July 13-15", "July 13th to 15th", "July 13 thru 15".
        if (Symbol(day_end, "-") || Word(day_end, "to") ||
            Word(day_end, "through") || Word(day_end, "thru")) {
          // "May eighth - tenth": a last day in words is an ordinal.
          if (size_t last_end = DayAt(day_end + 1, &last_day, true);
              last_end > 0 && last_day > day &&
              (tokens_[day_end + 1].kind == TokenKind::kNumber ||
               EndsOrdinal(tokens_[last_end - 1].norm))) {
            return DayRange(i, last_end, month, day, last_day);
          }
        }
        // "Jul 18, Fri": the weekday after the date.
        unsigned weekday_after = 0;
        if (!written_weekday && Symbol(day_end, ",")) {
          if (size_t weekday_end = WeekdayAt(day_end + 1, &weekday_after)) {
            return MonthDay(i, weekday_end, month, day, weekday_after);
          }
        }
        return MonthDay(i, day_end, month, day, written_weekday);
      }
    }
  }
  // "13 November 2025", "the 13th of November", "twenty second of June",
  // "4 to 22 January".
  size_t k = j;
  if (Word(k, "the")) ++k;
  size_t day_end = DayAt(k, &day, true);
  // A day in words stands only after "the" or a weekday, or before "of
  // June": "two of them" is no date.
  if (day_end > 0 && tokens_[k].kind == TokenKind::kWord && k == i && j == i) {
    unsigned ignored = 0, last_day = 0;
    // "eighth to eleventh May": ordinals in words before a month.
    const size_t last_end =
        EndsOrdinal(tokens_[day_end - 1].norm) &&
                (Word(day_end, "to") || Symbol(day_end, "-"))
            ? DayAt(day_end + 1, &last_day, true)
            : 0;
    const bool ordinal_range = last_end > 0 &&
                               EndsOrdinal(tokens_[last_end - 1].norm) &&
                               MonthAt(last_end, &ignored) > 0;
    if (!ordinal_range &&
        (!Word(day_end, "of") || MonthAt(day_end + 1, &ignored) == 0)) {
      day_end = 0;
    }
  }
  if (day_end > 0) {
    size_t m = day_end;
    if (Symbol(m, ".")) ++m;
    if (Word(m, "of")) ++m;
    // "31-Oct-1974", "31/Oct/1974": parts joined by touching marks.
    const bool marked = m == day_end && JoinedByMarkAt(m);
    if (marked) ++m;
    if (size_t month_end = MonthAt(m, &month)) {
      size_t ignored_end = 0;
      if (marked && JoinedByMarkAt(month_end) &&
          (YearAt(month_end + 1) ||
           TwoDigitYearAt(month_end + 1, &ignored_end))) {
        ++month_end;
      }
      return MonthDay(i, month_end, month, day, written_weekday);
    }
    unsigned last_day = 0;
    const size_t c = day_end;
    const bool connector = Symbol(c, "-") || Word(c, "to") ||
                           Word(c, "until") || Word(c, "till") ||
                           Word(c, "through") || Word(c, "thru") ||
                           Word(c, "and");
    // "from" or "between" before the first day belongs to the range.
    const size_t range_begin =
        i > 0 && (Word(i - 1, "from") || Word(i - 1, "between")) ? i - 1 : i;
    // "13th to 15th July": the second day may have its suffix too.
    // "from the 13th to the 15th of July".
    const size_t last_at = Word(c + 1, "the") ? c + 2 : c + 1;
    size_t last_end = connector ? DayAt(last_at, &last_day, true) : 0;
    // A last day in words is an ordinal: "eighth to eleventh May".
    if (last_end > 0 && tokens_[last_at].kind == TokenKind::kWord &&
        !EndsOrdinal(tokens_[last_end - 1].norm)) {
      last_end = 0;
    }
    if (last_end > 0 && last_day > day) {
      size_t m2 = last_end;
      if (Word(m2, "of") || Word(m2, "in")) ++m2;
      if (size_t month_end = MonthAt(m2, &month)) {
        return DayRange(range_begin, month_end, month, day, last_day);
      }
      // "4 to 22 this month", "4 till 23 of next month".
      if (std::optional<int> offset = OffsetWordAt(m2);
          offset && Word(m2 + 1, "month")) {
        if (!reference_) {
          return Match{range_begin, m2 + 2, Unresolved(TimeRef::PERIOD)};
        }
        const date::year_month ym =
            date::year_month(reference_->year(), reference_->month()) +
            months(*offset);
        return DayRange(range_begin, m2 + 2, static_cast<unsigned>(ym.month()),
                        day, last_day, static_cast<int>(ym.year()));
      }
    }
    // "from 4 to January 22, 1995": the second date names the month.
    if (connector) {
      unsigned second_month = 0, second_day = 0;
      if (size_t month_end = MonthAt(c + 1, &second_month)) {
        if (size_t second_end = DayAt(month_end, &second_day);
            second_end > 0 && second_day > day) {
          return DayRange(range_begin, second_end, second_month, day,
                          second_day);
        }
      }
    }
    // "Friday the 15th", "the 27th", "the twenty-fifth", "Friday the
    // fifteen": a day of the reference's month, written as an ordinal or
    // after a weekday ("the twenty five" alone is a count).
    const absl::string_view last = tokens_[day_end - 1].norm;
    const bool ordinal =
        tokens_[day_end - 1].kind == TokenKind::kWord && EndsOrdinal(last);
    // "19th" after a weekday needs no "the"; "Friday first" is no date.
    const bool suffixed = ordinal && tokens_[k].kind == TokenKind::kNumber;
    if (reference_ && j > i && (k > j || suffixed)) {
      // "Tuesday 19th", "Friday the 13th": the month nearest the reference
      // whose day falls on that weekday, in the direction of the verbs.
      const int direction = TenseDirectionNear(i);
      const date::year_month here(reference_->year(), reference_->month());
      for (int distance = 0; distance <= 11; ++distance) {
        for (int sign : {-1, 1}) {
          // The reference's own month once, whatever the direction.
          if (distance == 0 ? sign > 0 : direction * sign < 0) continue;
          const date::year_month ym = here + months(sign * distance);
          const year_month_day ymd(ym.year(), ym.month(), date::day(day));
          if (ymd.ok() &&
              date::weekday(sys_days(ymd)).c_encoding() == weekday % 7) {
            return DateMatch(i, day_end, static_cast<int>(ym.year()),
                             static_cast<unsigned>(ym.month()), day, true);
          }
        }
      }
      return Match{i, day_end, TimeRef(), true};
    }
    if (reference_ && k > j && day_end > k + 1 && ordinal) {
      return DateMatch(i, day_end, static_cast<int>(reference_->year()),
                       static_cast<unsigned>(reference_->month()), day, true);
    }
  }
  return std::nullopt;
}

std::optional<Match> TimeScanner::DayRange(
    size_t begin, size_t end, unsigned month, unsigned first, unsigned last,
    std::optional<int> known_year) const {
  bool relative = true;
  std::optional<int> year = known_year ? known_year : YearOf(&end, &relative);
  if (!year) return Match{begin, end, Unresolved(TimeRef::PERIOD)};
  const year_month_day from{date::year(*year), date::month(month),
                            date::day(first)};
  const year_month_day to{date::year(*year), date::month(month),
                          date::day(last)};
  if (!from.ok() || !to.ok()) return Match{begin, end, TimeRef(), true};
  return Match{begin, end, Period(from, to, TimeRef::PERIOD, relative)};
}

std::optional<Match> TimeScanner::NumericDate(size_t i) const {
  if (!IntegerAt(i, 1, 2)) return std::nullopt;
  for (const char* separator : {"/", "-", "."}) {
    if (!Symbol(i + 1, separator) || tokens_[i + 1].space_before ||
        !IntegerAt(i + 2, 1, 2) || tokens_[i + 2].space_before) {
      continue;
    }
    int a = IntAt(i), b = IntAt(i + 2);
    int month = a, day = b;
    if (a > 12) std::swap(month, day);
    size_t end = i + 3;
    int year = 0;
    bool relative = false;
    // With points, a two-digit year is a version number ("1.1.30").
    const bool points = std::string(separator) == ".";
    if (Symbol(end, separator) || Symbol(end, ",")) {
      if (end + 1 < tokens_.size() && !tokens_[end].space_before &&
          ((IntegerAt(end + 1, 2, 2) && !points) || YearAt(end + 1))) {
        year = IntAt(end + 1);
        if (year < 100) year += year < 50 ? 2000 : 1900;
        end += 2;
      }
    }
    if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
    if (year == 0) {
      // Without a year only after a word that leads a date ("on 4/22"),
      // so that "24/7" and "9/11" stay what they are.
      static const auto* leads = new absl::flat_hash_set<absl::string_view>{
          "on",    "by",     "from",  "to",      "until", "till",
          "since", "before", "after", "between", "and",   "back"};
      const bool led = i > 0 && leads->contains(tokens_[i - 1].norm);
      if (std::string(separator) != "/" || (a <= 12 && b <= 12) || !led) {
        return std::nullopt;
      }
      if (!reference_) return Match{i, end, Unresolved(TimeRef::DAY)};
      year = static_cast<int>(reference_->year());
      relative = true;
    }
    return DateMatch(i, end, year, static_cast<unsigned>(month),
                     static_cast<unsigned>(day), relative);
  }
  return std::nullopt;
}

std::optional<Match> TimeScanner::NumericMonth(size_t i) const {
  int month = 0, year = 0;
  if (IntegerAt(i, 1, 2) && (Symbol(i + 1, "/") || Symbol(i + 1, "-")) &&
      YearAt(i + 2)) {
    month = IntAt(i);
    year = IntAt(i + 2);
    // "11 / 2016" apart too, but not a range of counts ("from 5 - 2000",
    // "5 - 2000 people").
    if ((tokens_[i + 1].space_before || tokens_[i + 2].space_before) &&
        ((i > 0 && (Word(i - 1, "from") || Word(i - 1, "between"))) ||
         (i + 3 < tokens_.size() && tokens_[i + 3].kind == TokenKind::kWord) ||
         IntAt(i + 2) > 2100)) {
      return std::nullopt;
    }
  } else if (YearAt(i) && (Symbol(i + 1, "/") || Symbol(i + 1, "-")) &&
             IntegerAt(i + 2, 1, 2) && !Symbol(i + 3, "-") &&
             !Symbol(i + 3, "/")) {
    year = IntAt(i);
    month = IntAt(i + 2);
    // "the 2010-11 season", "2011/12": the next year's two digits make a
    // split year (YearRange), not November. A month no later than the
    // year's own two digits can be no year after it ("2016 - 11"), so
    // only then may the mark stand apart.
    const bool two_digits = tokens_[i + 2].norm.size() == 2;
    if (two_digits && month == (year + 1) % 100) return std::nullopt;
    const bool touching =
        !tokens_[i + 1].space_before && !tokens_[i + 2].space_before;
    if (!touching && !(two_digits && month <= year % 100)) return std::nullopt;
    if (!touching && i + 3 < tokens_.size() &&
        tokens_[i + 3].kind == TokenKind::kWord) {
      return std::nullopt;  // "2016 - 11 people"
    }
  }
  if (month < 1 || month > 12) return std::nullopt;
  return Match{i, i + 3, Month(date::year(year), date::month(month), false)};
}

std::optional<Match> TimeScanner::IsoDate(size_t i) const {
  if (!YearAt(i)) return std::nullopt;
  for (const char* separator : {"-", "/", "."}) {
    unsigned month = 0;
    if (Symbol(i + 1, separator) &&
        MonthNames().contains(i + 2 < tokens_.size() ? tokens_[i + 2].norm
                                                     : "") &&
        Symbol(i + 3, separator) && IntegerAt(i + 4, 1, 2)) {
      month = MonthNames().at(tokens_[i + 2].norm);
      return DateMatch(i, i + 5, IntAt(i), month,
                       static_cast<unsigned>(IntAt(i + 4)), false);
    }
    if (Symbol(i + 1, separator) && IntegerAt(i + 2, 1, 2) &&
        Symbol(i + 3, separator) && IntegerAt(i + 4, 1, 2) &&
        !tokens_[i + 1].space_before && !tokens_[i + 4].space_before) {
      return DateMatch(i, i + 5, IntAt(i), static_cast<unsigned>(IntAt(i + 2)),
                       static_cast<unsigned>(IntAt(i + 4)), false);
    }
  }
  return std::nullopt;
}

std::optional<Match> TimeScanner::Quarter(size_t i) const {
  // "2016 the third quarter": the year first.
  if (YearAt(i) && Word(i + 1, "the") && i + 3 < tokens_.size() &&
      Word(i + 3, "quarter")) {
    static const absl::flat_hash_map<absl::string_view, unsigned> nth = {
        {"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4}};
    if (auto q = nth.find(tokens_[i + 2].norm); q != nth.end()) {
      return Match{i, i + 4, QuarterOf(date::year(IntAt(i)), q->second, false)};
    }
  }
  // "2016 Q3": the year first.
  if (YearAt(i) && Word(i + 1, "q") && IntegerAt(i + 2, 1, 1) &&
      IntAt(i + 2) >= 1 && IntAt(i + 2) <= 4) {
    return Match{i, i + 3,
                 QuarterOf(date::year(IntAt(i)),
                           static_cast<unsigned>(IntAt(i + 2)), false)};
  }
  unsigned quarter = 0;
  size_t j = i;
  // "Q3 2025", "Q3".
  if (Word(i, "q") && IntegerAt(i + 1, 1, 1) && !tokens_[i + 1].space_before &&
      IntAt(i + 1) >= 1 && IntAt(i + 1) <= 4) {
    quarter = static_cast<unsigned>(IntAt(i + 1));
    j = i + 2;
  } else {
    size_t k = i;
    if (Word(k, "the")) ++k;
    static const absl::flat_hash_map<absl::string_view, unsigned> ordinals = {
        {"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4}};
    // "third", "3rd"; then "quarter", "-quarter" ("third-quarter profit")
    // or "qtr".
    size_t after = k + 1;
    if (auto o = k < tokens_.size() ? ordinals.find(tokens_[k].norm)
                                    : ordinals.end();
        o != ordinals.end() && tokens_[k].kind == TokenKind::kWord) {
      quarter = o->second;
    } else if (IntegerAt(k, 1, 1) && IntAt(k) >= 1 && IntAt(k) <= 4 &&
               k + 1 < tokens_.size() && !tokens_[k + 1].space_before &&
               (Word(k + 1, "st") || Word(k + 1, "nd") || Word(k + 1, "rd") ||
                Word(k + 1, "th"))) {
      quarter = static_cast<unsigned>(IntAt(k));
      after = k + 2;
    } else {
      return std::nullopt;
    }
    if (Symbol(after, "-") && !tokens_[after].space_before &&
        after + 1 < tokens_.size() && !tokens_[after + 1].space_before) {
      ++after;
    }
    if (!Word(after, "quarter") && !Word(after, "qtr")) return std::nullopt;
    j = after + 1;
    if (Word(j, "of")) ++j;
  }
  if (YearAt(j)) {
    return Match{i, j + 1, QuarterOf(date::year(IntAt(j)), quarter, false)};
  }
  if (size_t word_end = 0; std::optional<int> year = WordYearAt(j, &word_end)) {
    return Match{i, word_end, QuarterOf(date::year(*year), quarter, false)};
  }
  // "Q3 this year", "the third quarter of next year".
  if ((Word(j, "this") || Word(j, "next") || Word(j, "last")) &&
      Word(j + 1, "year")) {
    if (!reference_) return Match{i, j + 2, Unresolved(TimeRef::QUARTER)};
    const int offset = OffsetWordAt(j).value_or(0);
    return Match{i, j + 2,
                 QuarterOf(reference_->year() + years(offset), quarter, true)};
  }
  if (!reference_) return Match{i, j, Unresolved(TimeRef::QUARTER)};
  // A quarter without a year goes where the verbs point, as a bare month
  // does: "third-quarter profit fell" in a February story is last year's.
  date::year y = reference_->year();
  const unsigned reference_quarter =
      (static_cast<unsigned>(reference_->month()) + 2) / 3;
  const int direction = TenseDirectionNear(i);
  if (direction < 0 && quarter > reference_quarter) y -= years(1);
  if (direction > 0 && quarter < reference_quarter) y += years(1);
  return Match{i, j, QuarterOf(y, quarter, true)};
}

std::optional<Match> TimeScanner::FiscalYear(size_t i) const {
  size_t j = i;
  if (Word(j, "fiscal")) {
    ++j;
    if (Word(j, "year")) ++j;
  } else if (Word(j, "fy")) {
    ++j;
  } else {
    return std::nullopt;
  }
  int year = 0;
  if (YearAt(j)) {
    year = IntAt(j);
  } else if (Word(i, "fy") && IntegerAt(j, 2, 2) && !tokens_[j].space_before) {
    year = 2000 + IntAt(j);  // "FY23"
  } else {
    return std::nullopt;
  }
  return Match{
      i, j + 1,
      Period(year_month_day(date::year(year - 1), date::April, date::day(1)),
             year_month_day(date::year(year), date::December, date::day(31)),
             TimeRef::PERIOD, false)};
}

std::optional<Match> TimeScanner::Decade(size_t i) const {
  size_t j = i;
  if (Word(j, "the")) ++j;
  // "the seventies", "the nineteen seventies", "the two thousands", "the
  // noughties", "the twenty-tens".
  if (j > i) {
    static const absl::flat_hash_map<absl::string_view, int> decades = {
        {"twenties", 20}, {"thirties", 30},  {"forties", 40},
        {"fifties", 50},  {"sixties", 60},   {"seventies", 70},
        {"eighties", 80}, {"nineties", 90},  {"noughties", 100},
        {"tens", 110},    {"thousands", 100}};
    int century = 1900;
    size_t k = j;
    if (Word(k, "nineteen")) {
      ++k;
    } else if (Word(k, "two") && Word(k + 1, "thousands")) {
      century = 2000;
      ++k;  // "thousands" names the decade
    } else if (Word(k, "twenty") ||
               (Word(k, "two") && Word(k + 1, "thousand"))) {
      century = 2000;
      k += Word(k, "two") ? 2 : 1;
      if (Word(k, "and") || Symbol(k, "-")) ++k;
    }
    auto d = k < tokens_.size() ? decades.find(tokens_[k].norm) : decades.end();
    const bool thousands_alone =
        d != decades.end() && d->first == "thousands" && century == 2000;
    if (d != decades.end() && (d->first != "thousands" || thousands_alone) &&
        (d->first != "tens" || century == 2000)) {
      int first =
          d->second >= 100 ? 2000 + (d->second - 100) : century + d->second;
      if (d->first == "thousands") first = 2000;
      return Match{
          i, k + 1,
          Period(year_month_day(date::year(first), date::January, date::day(1)),
                 year_month_day(date::year(first + 9), date::December,
                                date::day(31)),
                 TimeRef::DECADE, false)};
    }
  }
  // "the 70s", "70's": the 1900s' decades.
  const bool two_digits = IntegerAt(j, 2, 2) && IntAt(j) % 10 == 0;
  if (!two_digits && (!YearAt(j) || IntAt(j) % 10 != 0)) {
    return std::nullopt;
  }
  size_t end = j + 1;
  if (Symbol(end, "'") && !tokens_[end].space_before) ++end;
  if (!Word(end, "s") || tokens_[end].space_before) return std::nullopt;
  const int first = two_digits ? 1900 + IntAt(j) : IntAt(j);
  return Match{
      i, end + 1,
      Period(
          year_month_day(date::year(first), date::January, date::day(1)),
          year_month_day(date::year(first + 9), date::December, date::day(31)),
          TimeRef::DECADE, false)};
}

std::optional<Match> TimeScanner::Century(size_t i) const {
  size_t j = i;
  if (Word(j, "the")) ++j;
  if (!IntegerAt(j, 1, 2) || !Word(j + 2, "century") ||
      !(Word(j + 1, "st") || Word(j + 1, "nd") || Word(j + 1, "rd") ||
        Word(j + 1, "th"))) {
    return std::nullopt;
  }
  const int first = (IntAt(j) - 1) * 100;
  if (first < 0) return std::nullopt;
  return Match{
      i, j + 3,
      Period(
          year_month_day(date::year(first), date::January, date::day(1)),
          year_month_day(date::year(first + 99), date::December, date::day(31)),
          TimeRef::PERIOD, false)};
}

bool TimeScanner::BareYearAt(size_t i) const {
  if (!YearAt(i) || IntAt(i) < 1900 || IntAt(i) > 2100) return false;
  if (i + 1 < tokens_.size() &&
      QuantityWordsAfterYear().contains(tokens_[i + 1].norm)) {
    return false;
  }
  if (i > 0 && QuantityWordsBeforeYear().contains(tokens_[i - 1].norm)) {
    return false;
  }
  return true;
}

std::optional<Match> TimeScanner::YearRange(size_t i) const {
  size_t j = i;
  const bool between = Word(j, "between");
  if (between || Word(j, "from")) ++j;
  if (!YearAt(j)) return std::nullopt;
  const size_t connector = j + 1;
  // "2012/2013", "2012/13", "2012-13": a split year (a financial year, a
  // season). Where it starts varies by country (July, April, October), so
  // it is both calendar years, as one period.
  if ((Symbol(connector, "/") || Symbol(connector, "-")) &&
      !tokens_[connector].space_before && connector + 1 < tokens_.size() &&
      !tokens_[connector + 1].space_before &&
      (IntegerAt(connector + 1, 2, 2) || IntegerAt(connector + 1, 4, 4))) {
    const int first = IntAt(j);
    const int second = IntAt(connector + 1);
    const bool two_digits = tokens_[connector + 1].norm.size() == 2;
    if ((two_digits && second == (first + 1) % 100) ||
        (!two_digits && second == first + 1)) {
      return Match{
          i, connector + 2,
          Period(year_month_day(date::year(first), date::January, date::day(1)),
                 year_month_day(date::year(first + 1), date::December,
                                date::day(31)),
                 TimeRef::PERIOD, false)};
    }
  }
  if (!BareYearAt(j)) return std::nullopt;
  const bool joined = Symbol(connector, "-") || Word(connector, "to") ||
                      Word(connector, "through") ||
                      (between && Word(connector, "and"));
  // The second year follows "to", so only its own range is checked.
  if (!joined || !YearAt(connector + 1) || IntAt(connector + 1) > 2100 ||
      IntAt(connector + 1) <= IntAt(j)) {
    return std::nullopt;
  }
  return Match{
      i, connector + 2,
      Period(year_month_day(date::year(IntAt(j)), date::January, date::day(1)),
             year_month_day(date::year(IntAt(connector + 1)), date::December,
                            date::day(31)),
             TimeRef::PERIOD, false)};
}

std::optional<Match> TimeScanner::HalfYear(size_t i) const {
  auto half_at = [&](size_t k) {
    return Word(k, "h") && IntegerAt(k + 1, 1, 1) &&
           !tokens_[k + 1].space_before &&
           (IntAt(k + 1) == 1 || IntAt(k + 1) == 2);
  };
  int year = 0, half = 0;
  size_t end = 0;
  if (half_at(i) && YearAt(i + 2)) {
    half = IntAt(i + 1);
    year = IntAt(i + 2);
    end = i + 3;
  } else if (YearAt(i) && half_at(i + 1)) {
    year = IntAt(i);
    half = IntAt(i + 2);
    end = i + 3;
  } else {
    return std::nullopt;
  }
  const date::year y(year);
  const year_month_day from{y, date::month(half == 1 ? 1 : 7), date::day(1)};
  return Match{i, end,
               Period(from, LastDayOf(y, date::month(half == 1 ? 6 : 12)),
                      TimeRef::PERIOD, false)};
}

std::optional<Match> TimeScanner::YearAlone(size_t i) const {
  // "June of nineteen ninety nine": a month with its year in words.
  {
    unsigned month = 0;
    if (size_t month_end = MonthAt(i, &month)) {
      size_t j = month_end;
      if (Symbol(j, ",") || Word(j, "of")) ++j;
      size_t end = 0;
      if (std::optional<int> year = WordYearAt(j, &end)) {
        return Match{i, end,
                     Month(date::year(*year), date::month(month), false)};
      }
    }
  }
  // "2016 November", "2016, nov", "2016-November": a month, the year
  // first.
  if (BareYearAt(i)) {
    size_t j = i + 1;
    if (Symbol(j, ",") || JoinedByMarkAt(j)) ++j;
    unsigned month = 0;
    if (j < tokens_.size() && tokens_[j].kind == TokenKind::kWord &&
        MonthNames().contains(tokens_[j].norm) && tokens_[j].norm != "may" &&
        tokens_[j].norm != "march") {
      month = MonthNames().at(tokens_[j].norm);
      return Match{i, j + 1,
                   Month(date::year(IntAt(i)), date::month(month), false)};
    }
  }
  // "Month YEAR": a month period; "Sep-2012", "Sep/2012" too.
  unsigned month = 0;
  if (size_t end = MonthAt(i, &month)) {
    size_t j = end;
    if (Symbol(j, ",") || Word(j, "of") || JoinedByMarkAt(j)) ++j;
    if (YearAt(j)) {
      return Match{i, j + 1,
                   Month(date::year(IntAt(j)), date::month(month), false)};
    }
    // "Aug '96", "August 99": two digits a day cannot be ("Aug 15" is the
    // fifteenth).
    size_t two_digit_end = 0;
    if (std::optional<int> year = TwoDigitYearAt(j, &two_digit_end);
        year && (Symbol(j, "'") || IntAt(j) > 31)) {
      return Match{i, two_digit_end,
                   Month(date::year(*year), date::month(month), false)};
    }
  }
  // "in nineteen twenty eight", "year two hundred and sixty seven"; with
  // no word before it, "nineteen eighty-four" (no count is written so),
  // but not "twenty twenty-five", which may be twenty of something.
  if ((i > 0 &&
       (Word(i - 1, "in") || Word(i - 1, "of") || Word(i - 1, "since") ||
        Word(i - 1, "year") || Word(i - 1, "from") || Word(i - 1, "until") ||
        Word(i - 1, "between"))) ||
      Word(i, "nineteen") || Word(i, "eighteen")) {
    size_t end = 0;
    if (std::optional<int> year = WordYearAt(i, &end)) {
      return Match{i, end, Year(date::year(*year), false)};
    }
  }
  if (!BareYearAt(i)) return std::nullopt;
  // "mid-2024" and the like are read by Relative(); a year alone here.
  return Match{i, i + 1, Year(date::year(IntAt(i)), false)};
}

std::optional<Match> TimeScanner::MonthAlone(size_t i) const {
  unsigned month = 0;
  const size_t end = MonthAt(i, &month);
  if (end == 0) return std::nullopt;
  const Token& word = tokens_[i];
  const bool led = i > 0 && MonthLeadWords().contains(tokens_[i - 1].norm);
  // "May" and "March" alone are names and verbs as often as months.
  if (!led && !AfterNextAt(end) &&
      (word.norm == "may" || word.norm == "march" || word.norm.size() <= 3)) {
    return std::nullopt;
  }
  if (!reference_) return Match{i, end, Unresolved(TimeRef::MONTH)};
  date::year y = reference_->year();
  // "March after next": the one after the next March.
  if (const size_t after_end = AfterNextAt(end)) {
    y += years(date::month(month) <= reference_->month() ? 2 : 1);
    return Match{i, after_end, Month(y, date::month(month), true)};
  }
  // "June next year", "March last year".
  if ((Word(end, "next") || Word(end, "last") || Word(end, "this")) &&
      Word(end + 1, "year")) {
    y += years(OffsetWordAt(end).value_or(0));
    return Match{i, end + 2, Month(y, date::month(month), true)};
  }
  // "last September" is the latest September before the reference's month
  // and "next January" the first after it, whatever the tense.
  if (i > 0 && Word(i - 1, "last")) {
    if (date::month(month) >= reference_->month()) y -= years(1);
  } else if (i > 0 && Word(i - 1, "next")) {
    if (date::month(month) <= reference_->month()) y += years(1);
  } else if (!(i > 0 && Word(i - 1, "this"))) {
    // A bare month takes its direction from the verbs: "sales fell in
    // September" in a February story is last September; "will open in
    // January" in a November one is next January.
    const int direction = TenseDirectionNear(i);
    if (direction < 0 && date::month(month) > reference_->month()) {
      y -= years(1);
    } else if (direction > 0 && date::month(month) < reference_->month()) {
      y += years(1);
    }
  }
  const size_t begin =
      (i > 0 && (Word(i - 1, "last") || Word(i - 1, "next"))) ? i - 1 : i;
  Match match{begin, end, Month(y, date::month(month), true)};
  // No year written and none said: a range may give it ("from May to
  // December, 2022").
  match.year_implied = begin == i && !(i > 0 && Word(i - 1, "this"));
  return match;
}

std::optional<TimeScanner::MonthPhrase> TimeScanner::MonthPhraseAt(
    size_t m) const {
  unsigned month = 0;
  if (size_t month_end = MonthAt(m, &month)) {
    MonthPhrase phrase{std::nullopt, month_end, true};
    if (std::optional<int> year = YearOf(&phrase.end, &phrase.relative)) {
      phrase.month = date::year_month(date::year(*year), date::month(month));
    }
    return phrase;
  }
  const size_t the = Word(m, "the") ? 1 : 0;
  m += the;
  if ((Word(m, "this") || Word(m, "next") || Word(m, "last") ||
       Word(m, "previous") || Word(m, "current")) &&
      Word(m + 1, "month")) {
    MonthPhrase phrase{std::nullopt, m + 2, true};
    if (reference_) {
      phrase.month = date::year_month(reference_->year(), reference_->month()) +
                     months(OffsetWordAt(m).value_or(0));
    }
    return phrase;
  }
  return std::nullopt;
}

std::optional<Match> TimeScanner::NthWeekday(size_t i) const {
  static const absl::flat_hash_map<absl::string_view, unsigned> nth = {
      {"first", 1},  {"second", 2}, {"third", 3},
      {"fourth", 4}, {"fifth", 5},  {"last", 0}};
  size_t j = i;
  if (Word(j, "the")) ++j;
  auto n = j < tokens_.size() ? nth.find(tokens_[j].norm) : nth.end();
  unsigned weekday = 0;
  // "the last day of October 2015", "the first day of 2020", "the third
  // day of October", "the 20th of next month", "the 31st of this month":
  // a day counted in a month or a year. A month by name needs "day" ("the
  // 15th of July" is the date rule's, with its tense).
  // Only where "of" or "in" follows closely (most tokens start no such
  // phrase, and reading a day in words costs).
  bool of_near = false;
  for (size_t k = j + 1; k <= j + 5 && k < tokens_.size(); ++k) {
    of_near |= Word(k, "of") || Word(k, "in");
  }
  if (of_near) {
    unsigned number = 0;
    bool last = Word(j, "last");
    size_t k = last ? j + 1 : DayAt(j, &number, /*words=*/true);
    // "the fifth last day of May": the fifth counted from the end.
    unsigned from_end = 0;
    if (!last && k > j && number >= 2 && EndsOrdinal(tokens_[k - 1].norm) &&
        Word(k, "last") && Word(k + 1, "day")) {
      from_end = number;
      last = true;
      ++k;
    }
    // An ordinal, not a count: "rose 20 in the last month" names no day;
    // bare digits only before "of" and a month counted from this one ("20
    // of next month").
    const auto relative_month_after_of = [&](size_t of) {
      size_t t = of + 1;
      if (Word(t, "the")) ++t;
      // "20 of this month's graduates" counts graduates.
      return Word(of, "of") && OffsetWordAt(t) && Word(t + 1, "month") &&
             !Symbol(t + 2, "'");
    };
    if (k != 0 && !last && !EndsOrdinal(tokens_[k - 1].norm) &&
        !(tokens_[j].kind == TokenKind::kNumber && k == j + 1 &&
          relative_month_after_of(k))) {
      k = 0;
    }
    const bool day_word = k != 0 && Word(k, "day");
    if (day_word) ++k;
    if (k != 0 && (day_word || !last) &&
        (Word(k, "of") || (day_word && Word(k, "in")))) {
      const size_t m = k + 1;
      if (std::optional<MonthPhrase> phrase = MonthPhraseAt(m);
          phrase && (day_word || !MonthAt(m, &weekday))) {
        if (!phrase->month) {
          return Match{i, phrase->end, Unresolved(TimeRef::DAY)};
        }
        const date::year_month ym = *phrase->month;
        const year_month_day last_day = LastDayOf(ym.year(), ym.month());
        if (!last && number > static_cast<unsigned>(last_day.day())) {
          return Match{i, phrase->end, TimeRef(), true};
        }
        const year_month_day day =
            last ? year_month_day(sys_days(last_day) -
                                  days(from_end > 0 ? from_end - 1 : 0))
                 : year_month_day(ym.year(), ym.month(), date::day(number));
        return Match{i, phrase->end, Day(day, phrase->relative)};
      }
      if (day_word && (last || number == 1) && YearAt(m)) {
        const date::year y(IntAt(m));
        return Match{i, m + 1,
                     Day(last ? year_month_day(y, date::December, date::day(31))
                              : year_month_day(y, date::January, date::day(1)),
                         false)};
      }
    }
  }
  if (n == nth.end()) return std::nullopt;
  size_t end = WeekdayAt(j + 1, &weekday);
  if (end == 0) return std::nullopt;
  // "last Sunday" alone is the weekday rule's; here it needs a month.
  std::optional<date::year_month> ym;
  bool relative = true;
  size_t m = end;
  if (Word(m, "of") || Word(m, "in")) ++m;
  if (std::optional<MonthPhrase> phrase = MonthPhraseAt(m)) {
    if (!phrase->month) return Match{i, phrase->end, Unresolved(TimeRef::DAY)};
    ym = phrase->month;
    end = phrase->end;
    relative = phrase->relative;
  } else if (n->second != 0 && reference_) {
    ym = date::year_month(reference_->year(), reference_->month());
  } else {
    return std::nullopt;
  }
  const date::weekday wd{weekday % 7};
  year_month_day day;
  if (n->second == 0) {
    day = year_month_day(sys_days(date::year_month_weekday_last(
        ym->year(), ym->month(), date::weekday_last(wd))));
  } else {
    const date::year_month_weekday ymw(ym->year(), ym->month(), wd[n->second]);
    if (!ymw.ok()) return Match{i, end, TimeRef(), true};
    day = year_month_day(sys_days(ymw));
  }
  return Match{i, end, Day(day, relative)};
}

std::optional<Match> TimeScanner::NthWeek(size_t i) const {
  static const absl::flat_hash_map<absl::string_view, int> nth = {
      {"first", 1},  {"second", 2}, {"third", 3},
      {"fourth", 4}, {"fifth", 5},  {"last", 0}};
  size_t j = i;
  if (Word(j, "the")) ++j;
  // "the third last week of 2018", "2nd last week of October": counted
  // from the end.
  int from_end = 0;
  if (Word(j + 1, "last") || Word(j + 2, "last")) {
    unsigned count = 0;
    const size_t count_end = DayAt(j, &count, /*words=*/true);
    if (count_end > j && count >= 2 && count <= 5 &&
        EndsOrdinal(tokens_[count_end - 1].norm) && Word(count_end, "last") &&
        Word(count_end + 1, "week")) {
      from_end = static_cast<int>(count);
      j = count_end;
    }
  }
  auto n = j < tokens_.size() ? nth.find(tokens_[j].norm) : nth.end();
  if (n == nth.end() || !Word(j + 1, "week")) return std::nullopt;
  size_t m = j + 2;
  if (Word(m, "of") || Word(m, "in")) ++m;
  // The period the weeks are counted in.
  year_month_day first_day{}, last_day{};
  size_t end = 0;
  bool relative = false;
  unsigned month = 0;
  if (size_t month_end = MonthAt(m, &month)) {
    end = month_end;
    std::optional<int> year = YearOf(&end, &relative);
    if (!year) return Match{i, end, Unresolved(TimeRef::PERIOD)};
    first_day =
        year_month_day(date::year(*year), date::month(month), date::day(1));
    last_day = LastDayOf(date::year(*year), date::month(month));
  } else if (size_t word_end = 0; !YearAt(m) && WordYearAt(m, &word_end)) {
    const int year = *WordYearAt(m, &word_end);
    first_day = year_month_day(date::year(year), date::January, date::day(1));
    last_day = year_month_day(date::year(year), date::December, date::day(31));
    end = word_end;
  } else if (YearAt(m)) {
    first_day =
        year_month_day(date::year(IntAt(m)), date::January, date::day(1));
    last_day =
        year_month_day(date::year(IntAt(m)), date::December, date::day(31));
    end = m + 1;
  } else if ((Word(m, "this") || Word(m, "next") || Word(m, "last")) &&
             (Word(m + 1, "month") || Word(m + 1, "year"))) {
    if (!reference_) return Match{i, m + 2, Unresolved(TimeRef::PERIOD)};
    const int offset = OffsetWordAt(m).value_or(0);
    const TimeRef period =
        PeriodOf(Word(m + 1, "month") ? Unit::kMonth : Unit::kYear, offset);
    first_day = Parse(period.begin());
    last_day = Parse(period.end());
    end = m + 2;
    relative = true;
  } else {
    return std::nullopt;
  }
  // The period's Thursdays, from the first on or after its first day.
  const sys_days first{first_day};
  const int to_thursday =
      (4 - static_cast<int>(date::weekday(first).iso_encoding()) + 7) % 7;
  sys_days thursday = first + days(to_thursday);
  if (n->second == 0) {
    while (thursday + days(7) <= sys_days(last_day)) thursday += days(7);
    if (from_end > 0) {
      thursday -= days(7 * (from_end - 1));
      if (thursday < first) return Match{i, end, TimeRef(), true};
    }
  } else {
    thursday += days(7 * (n->second - 1));
    if (thursday > sys_days(last_day)) return Match{i, end, TimeRef(), true};
  }
  return Match{
      i, end,
      Period(year_month_day(thursday - days(3)),
             year_month_day(thursday + days(3)), TimeRef::PERIOD, relative)};
}

std::optional<Match> TimeScanner::CountedWeekdays(size_t i) const {
  // Most counts are of other things: find the plural weekday before
  // parsing the count.
  bool weekday_near = false;
  for (size_t k = i + 1; k <= i + 4 && k < tokens_.size(); ++k) {
    const std::string& w = tokens_[k].norm;
    weekday_near |=
        w.size() >= 7 && w.back() == 's' &&
        WeekdayNames().contains(absl::string_view(w).substr(0, w.size() - 1));
  }
  if (!weekday_near) return std::nullopt;
  std::optional<ParsedNumber> n = CountAt(i);
  if (!n || n->value < 1 || n->value > 52 || n->value != std::floor(n->value) ||
      n->end >= tokens_.size()) {
    return std::nullopt;
  }
  // "fridays": a weekday's name and a plural "s".
  std::string name = tokens_[n->end].norm;
  if (name.size() < 7 || name.back() != 's') return std::nullopt;
  name.pop_back();
  const auto w = WeekdayNames().find(name);
  if (w == WeekdayNames().end()) return std::nullopt;
  size_t end = n->end + 1;
  int direction = 0;
  if (Word(end, "from") && Word(end + 1, "now")) {
    direction = 1;
    end += 2;
  } else if (Word(end, "hence") || Word(end, "later")) {
    direction = 1;
    ++end;
  } else if (Word(end, "ago") || Word(end, "back")) {
    direction = -1;
    ++end;
  }
  if (direction == 0) return std::nullopt;
  if (!reference_) return Match{i, end, Unresolved(TimeRef::DAY)};
  // The n-th such day after (before) the reference, the reference not
  // counted: "3 fridays from now" on a Tuesday is the third Friday to come.
  const sys_days ref{*reference_};
  const int ref_weekday = static_cast<int>(date::weekday(ref).iso_encoding());
  int delta = static_cast<int>(w->second) - ref_weekday;
  if (direction > 0 && delta <= 0) delta += 7;
  if (direction < 0 && delta >= 0) delta -= 7;
  delta += direction * 7 * (static_cast<int>(n->value) - 1);
  return Match{i, end, Day(year_month_day(ref + days(delta)), true)};
}

std::optional<Match> TimeScanner::WeekdayAlone(size_t i) const {
  unsigned weekday = 0;
  const size_t end = WeekdayAt(i, &weekday);
  if (end == 0) return std::nullopt;
  // "Friday after next": the one after the next such day.
  if (const size_t after_end = AfterNextAt(end)) {
    if (!reference_) return Match{i, after_end, Unresolved(TimeRef::DAY)};
    const sys_days ref{*reference_};
    int delta = static_cast<int>(weekday) -
                static_cast<int>(date::weekday(ref).iso_encoding());
    if (delta <= 0) delta += 7;
    return Match{i, after_end,
                 Day(year_month_day(ref + days(delta + 7)), true)};
  }
  // "Friday next week", "Sunday of next week": the weekday in that week.
  {
    size_t w = end;
    if (Word(w, "of") || Word(w, "from")) ++w;
    if ((Word(w, "next") || Word(w, "last") || Word(w, "this")) &&
        Word(w + 1, "week")) {
      const int offset = OffsetWordAt(w).value_or(0);
      size_t begin = i;
      if (i > 0 && Word(i - 1, "on")) begin = i - 1;
      if (!reference_) return Match{begin, w + 2, Unresolved(TimeRef::DAY)};
      return Match{begin, w + 2, WeekdayOfWeek(weekday, offset)};
    }
    // "next week Friday", "next week on Friday", "last week's Sunday".
    size_t b = i;
    if (b > 0 && Word(b - 1, "on")) {
      --b;
    } else if (b >= 3 && Word(b - 1, "s") && Symbol(b - 2, "'") &&
               Word(b - 3, "week")) {
      b -= 2;
    }
    if (b >= 2 && Word(b - 1, "week") &&
        (Word(b - 2, "next") || Word(b - 2, "last") || Word(b - 2, "this"))) {
      const int offset = Word(b - 2, "next") ? 1 : Word(b - 2, "last") ? -1 : 0;
      if (!reference_) return Match{b - 2, end, Unresolved(TimeRef::DAY)};
      return Match{b - 2, end, WeekdayOfWeek(weekday, offset)};
    }
  }
  // "this past Friday", "this coming Friday": the last and the next.
  const bool this_past = i > 1 && Word(i - 1, "past") && Word(i - 2, "this");
  const bool this_coming = i > 1 &&
                           (Word(i - 1, "coming") || Word(i - 1, "upcoming")) &&
                           Word(i - 2, "this");
  const bool last = this_past || (i > 0 && Word(i - 1, "last"));
  const bool next =
      this_coming || (i > 0 && (Word(i - 1, "next") || Word(i - 1, "coming") ||
                                Word(i - 1, "upcoming")));
  const bool current =
      !this_past && !this_coming && i > 0 && Word(i - 1, "this");
  // A lowercase short form ("sun", "sat", "wed") is a word of its own
  // unless "last", "next" or "this" leads it; a full name is a weekday.
  if (!tokens_[i].capitalized && tokens_[i].norm.size() < 6 && !last && !next &&
      !current) {
    return std::nullopt;
  }
  const size_t begin = (this_past || this_coming)  ? i - 2
                       : (last || next || current) ? i - 1
                                                   : i;
  if (!reference_) return Match{begin, end, Unresolved(TimeRef::DAY)};
  const sys_days ref{*reference_};
  const int ref_weekday = static_cast<int>(date::weekday(ref).iso_encoding());
  int delta = static_cast<int>(weekday) - ref_weekday;
  if (this_past) {
    // The latest such day before the reference.
    if (delta >= 0) delta -= 7;
  } else if (this_coming) {
    // The first such day after the reference.
    if (delta <= 0) delta += 7;
  } else if (next) {
    delta += 7;
  } else if (last) {
    delta -= 7;
  } else if (!current && delta > 0 && TenseDirectionNear(i) <= 0) {
    // News reports what happened: the latest such day, unless the verbs
    // point ahead ("will meet on Monday": the next Monday).
    delta -= 7;
  } else if (!current && delta < 0 && TenseDirectionNear(i) > 0) {
    delta += 7;
  }
  return Match{begin, end, Day(year_month_day(ref + days(delta)), true)};
}

}  // namespace time_internal
}  // namespace claimcheck

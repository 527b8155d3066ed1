#include "normalize/time.h"

#include <cstdio>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "normalize/number.h"

namespace claimcheck {
namespace {

using date::days;
using date::months;
using date::sys_days;
using date::year_month_day;
using date::years;

const absl::flat_hash_map<absl::string_view, unsigned>& MonthNames() {
  static const auto* names =
      new absl::flat_hash_map<absl::string_view, unsigned>{
          {"january", 1},   {"jan", 1},    {"february", 2},  {"feb", 2},
          {"march", 3},     {"mar", 3},    {"april", 4},     {"apr", 4},
          {"may", 5},       {"june", 6},   {"jun", 6},       {"july", 7},
          {"jul", 7},       {"august", 8}, {"aug", 8},       {"september", 9},
          {"sept", 9},      {"sep", 9},    {"october", 10},  {"oct", 10},
          {"november", 11}, {"nov", 11},   {"december", 12}, {"dec", 12},
      };
  return *names;
}

// ISO weekday numbers: Monday 1 ... Sunday 7 (date::weekday uses Sunday 0).
const absl::flat_hash_map<absl::string_view, unsigned>& WeekdayNames() {
  static const auto* names =
      new absl::flat_hash_map<absl::string_view, unsigned>{
          {"monday", 1}, {"mon", 1},       {"tuesday", 2}, {"tue", 2},
          {"tues", 2},   {"wednesday", 3}, {"wed", 3},     {"thursday", 4},
          {"thu", 4},    {"thur", 4},      {"thurs", 4},   {"friday", 5},
          {"fri", 5},    {"saturday", 6},  {"sat", 6},     {"sunday", 7},
          {"sun", 7},
      };
  return *names;
}

// Words after which a month name alone is a month ("in May", "since March").
const absl::flat_hash_set<absl::string_view>& MonthLeadWords() {
  static const auto* words = new absl::flat_hash_set<absl::string_view>{
      "in",      "since", "by",      "until", "till", "from", "during", "of",
      "last",    "next",  "this",    "early", "late", "mid",  "before", "after",
      "through", "in",    "between", "and",   "to",   "on"};
  return *words;
}

// Words after a four-digit number that make it a quantity, not a year.
const absl::flat_hash_set<absl::string_view>& QuantityWordsAfterYear() {
  static const auto* words = new absl::flat_hash_set<absl::string_view>{
      "%",         "percent", "per",     "pct",     "million", "billion",
      "trillion",  "bn",      "mn",      "m",       "k",       "dollars",
      "euros",     "yuan",    "pounds",  "yen",     "people",  "workers",
      "employees", "units",   "times",   "fold",    "km",      "miles",
      "kg",        "tonnes",  "tons",    "hours",   "days",    "years",
      "months",    "weeks",   "minutes", "seconds", "patents", "students",
      "jobs",      "cases"};
  return *words;
}

// Words before a four-digit number that make it a quantity.
const absl::flat_hash_set<absl::string_view>& QuantityWordsBeforeYear() {
  static const auto* words = new absl::flat_hash_set<absl::string_view>{
      "$",      "€",      "£",       "¥",    "than",          "about", "around",
      "nearly", "almost", "roughly", "some", "over",          "under", "least",
      "most",   "to",     "only",    "just", "approximately", "#",     "no",
      "number"};
  return *words;
}

std::string Iso(const year_month_day& ymd) {
  char buffer[16];
  std::snprintf(
      buffer, sizeof(buffer), "%04d-%02u-%02u", static_cast<int>(ymd.year()),
      static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buffer;
}

year_month_day LastDayOf(date::year y, date::month m) {
  return year_month_day(date::year_month_day_last(y, date::month_day_last(m)));
}

struct Match {
  size_t begin;  // first token
  size_t end;    // one past the last token
  TimeRef time;
  // A date that does not exist ("February 30"): its tokens are taken, so
  // they are not read again as a month and a year, but nothing is reported.
  bool impossible = false;
};

class TimeScanner {
 public:
  TimeScanner(const std::vector<Token>& tokens,
              std::optional<year_month_day> reference)
      : tokens_(tokens), reference_(reference) {}

  std::optional<Match> MatchAt(size_t i) {
    if (auto m = Relative(i)) return m;
    if (auto m = WeekdayAndDate(i)) return m;
    if (auto m = IsoDate(i)) return m;
    if (auto m = Quarter(i)) return m;
    if (auto m = Decade(i)) return m;
    if (auto m = YearRange(i)) return m;
    if (auto m = YearAlone(i)) return m;
    if (auto m = MonthAlone(i)) return m;
    if (auto m = WeekdayAlone(i)) return m;
    return std::nullopt;
  }

 private:
  bool Word(size_t i, absl::string_view w) const {
    return i < tokens_.size() && tokens_[i].kind == TokenKind::kWord &&
           tokens_[i].norm == w;
  }
  bool Symbol(size_t i, absl::string_view s) const {
    return i < tokens_.size() && tokens_[i].kind == TokenKind::kSymbol &&
           tokens_[i].norm == s;
  }
  bool IntegerAt(size_t i, int min_digits, int max_digits) const {
    if (i >= tokens_.size()) return false;
    const Token& t = tokens_[i];
    const int digits = static_cast<int>(t.norm.size());
    return t.kind == TokenKind::kNumber && t.decimals == 0 &&
           !t.has_separator && digits >= min_digits && digits <= max_digits;
  }
  int IntAt(size_t i) const { return static_cast<int>(tokens_[i].value); }

  // A year written as four digits, 1000-2999.
  bool YearAt(size_t i) const {
    return IntegerAt(i, 4, 4) && IntAt(i) >= 1000 && IntAt(i) <= 2999;
  }

  // Month name at i, with the "." of an abbreviation; returns end.
  size_t MonthAt(size_t i, unsigned* month) const {
    if (i >= tokens_.size() || tokens_[i].kind != TokenKind::kWord) return 0;
    auto m = MonthNames().find(tokens_[i].norm);
    if (m == MonthNames().end()) return 0;
    // Lowercase "may", "march", "sun" are the verb and the star.
    if (!tokens_[i].capitalized && tokens_[i].norm.size() <= 5) return 0;
    *month = m->second;
    size_t end = i + 1;
    if (tokens_[i].norm.size() <= 4 && Symbol(end, ".") &&
        !tokens_[end].space_before) {
      ++end;
    }
    return end;
  }

  // Day of month 1-31 at i, with "st"/"th"; returns end.
  size_t DayAt(size_t i, unsigned* day) const {
    if (!IntegerAt(i, 1, 2) || IntAt(i) < 1 || IntAt(i) > 31) return 0;
    *day = static_cast<unsigned>(IntAt(i));
    size_t end = i + 1;
    if (end < tokens_.size() && !tokens_[end].space_before &&
        (Word(end, "st") || Word(end, "nd") || Word(end, "rd") ||
         Word(end, "th"))) {
      ++end;
    }
    return end;
  }

  size_t WeekdayAt(size_t i, unsigned* weekday) const {
    if (i >= tokens_.size() || tokens_[i].kind != TokenKind::kWord) return 0;
    auto w = WeekdayNames().find(tokens_[i].norm);
    if (w == WeekdayNames().end()) return 0;
    if (!tokens_[i].capitalized && tokens_[i].norm.size() <= 4) return 0;
    *weekday = w->second;
    size_t end = i + 1;
    if (Symbol(end, ".") && !tokens_[end].space_before &&
        tokens_[i].norm.size() <= 5) {
      ++end;
    }
    return end;
  }

  TimeRef Period(const year_month_day& begin, const year_month_day& end,
                 TimeRef::Granularity granularity, bool relative) const {
    TimeRef time;
    time.set_begin(Iso(begin));
    time.set_end(Iso(end));
    time.set_granularity(granularity);
    time.set_relative(relative);
    time.set_resolved(true);
    return time;
  }

  TimeRef Unresolved(TimeRef::Granularity granularity) const {
    TimeRef time;
    time.set_granularity(granularity);
    time.set_relative(true);
    time.set_resolved(false);
    return time;
  }

  TimeRef Day(const year_month_day& ymd, bool relative) const {
    return Period(ymd, ymd, TimeRef::DAY, relative);
  }

  TimeRef Month(date::year y, date::month m, bool relative) const {
    return Period(year_month_day(y, m, date::day(1)), LastDayOf(y, m),
                  TimeRef::MONTH, relative);
  }

  TimeRef Year(date::year y, bool relative) const {
    return Period(year_month_day(y, date::January, date::day(1)),
                  year_month_day(y, date::December, date::day(31)),
                  TimeRef::YEAR, relative);
  }

  TimeRef QuarterOf(date::year y, unsigned quarter, bool relative) const {
    const date::month first(3 * (quarter - 1) + 1);
    const date::month last(3 * quarter);
    return Period(year_month_day(y, first, date::day(1)), LastDayOf(y, last),
                  TimeRef::QUARTER, relative);
  }

  // A calendar date, or nullopt when it does not exist (February 30).
  std::optional<Match> DateMatch(size_t begin, size_t end, int year,
                                 unsigned month, unsigned day,
                                 bool relative) const {
    const year_month_day ymd{date::year(year), date::month(month),
                             date::day(day)};
    if (!ymd.ok()) return Match{begin, end, TimeRef(), true};
    return Match{begin, end, Day(ymd, relative)};
  }

  // Month and day with the year written, or the reference's year.
  std::optional<Match> MonthDay(size_t begin, size_t end, unsigned month,
                                unsigned day) const {
    size_t j = end;
    if (Symbol(j, ",")) ++j;
    if (YearAt(j)) {
      return DateMatch(begin, j + 1, IntAt(j), month, day, false);
    }
    if (!reference_) {
      Match m{begin, end, Unresolved(TimeRef::DAY)};
      return m;
    }
    return DateMatch(begin, end, static_cast<int>(reference_->year()), month,
                     day, true);
  }

  std::optional<Match> WeekdayAndDate(size_t i) const {
    size_t j = i;
    unsigned weekday = 0;
    if (size_t end = WeekdayAt(i, &weekday)) {
      j = end;
      if (Symbol(j, ",")) ++j;
    }
    unsigned month = 0, day = 0;
    // "Nov 13, 2025", "November 13".
    if (size_t end = MonthAt(j, &month)) {
      if (size_t day_end = DayAt(end, &day)) {
        if (!(day_end < tokens_.size() && Symbol(day_end, ":"))) {
          return MonthDay(i, day_end, month, day);
        }
      }
    }
    // "13 November 2025", "the 13th of November".
    size_t k = j;
    if (Word(k, "the")) ++k;
    if (size_t day_end = DayAt(k, &day)) {
      size_t m = day_end;
      if (Word(m, "of")) ++m;
      if (size_t month_end = MonthAt(m, &month)) {
        return MonthDay(i, month_end, month, day);
      }
    }
    return std::nullopt;
  }

  std::optional<Match> IsoDate(size_t i) const {
    if (!YearAt(i)) return std::nullopt;
    for (const char* separator : {"-", "/"}) {
      if (Symbol(i + 1, separator) && IntegerAt(i + 2, 1, 2) &&
          Symbol(i + 3, separator) && IntegerAt(i + 4, 1, 2) &&
          !tokens_[i + 1].space_before && !tokens_[i + 4].space_before) {
        return DateMatch(i, i + 5, IntAt(i),
                         static_cast<unsigned>(IntAt(i + 2)),
                         static_cast<unsigned>(IntAt(i + 4)), false);
      }
    }
    return std::nullopt;
  }

  std::optional<Match> Quarter(size_t i) const {
    unsigned quarter = 0;
    size_t j = i;
    // "Q3 2025", "Q3".
    if (Word(i, "q") && IntegerAt(i + 1, 1, 1) &&
        !tokens_[i + 1].space_before && IntAt(i + 1) >= 1 &&
        IntAt(i + 1) <= 4) {
      quarter = static_cast<unsigned>(IntAt(i + 1));
      j = i + 2;
    } else {
      size_t k = i;
      if (Word(k, "the")) ++k;
      static const absl::flat_hash_map<absl::string_view, unsigned> ordinals = {
          {"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4}};
      auto o =
          k < tokens_.size() ? ordinals.find(tokens_[k].norm) : ordinals.end();
      if (o == ordinals.end() || !Word(k + 1, "quarter")) return std::nullopt;
      quarter = o->second;
      j = k + 2;
      if (Word(j, "of")) ++j;
    }
    if (YearAt(j)) {
      return Match{i, j + 1, QuarterOf(date::year(IntAt(j)), quarter, false)};
    }
    if (!reference_) return Match{i, j, Unresolved(TimeRef::QUARTER)};
    return Match{i, j, QuarterOf(reference_->year(), quarter, true)};
  }

  std::optional<Match> Decade(size_t i) const {
    size_t j = i;
    if (Word(j, "the")) ++j;
    if (!YearAt(j) || IntAt(j) % 10 != 0) return std::nullopt;
    size_t end = j + 1;
    if (Symbol(end, "'") && !tokens_[end].space_before) ++end;
    if (!Word(end, "s") || tokens_[end].space_before) return std::nullopt;
    const int first = IntAt(j);
    return Match{
        i, end + 1,
        Period(year_month_day(date::year(first), date::January, date::day(1)),
               year_month_day(date::year(first + 9), date::December,
                              date::day(31)),
               TimeRef::DECADE, false)};
  }

  bool BareYearAt(size_t i) const {
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

  std::optional<Match> YearRange(size_t i) const {
    size_t j = i;
    const bool between = Word(j, "between");
    if (between || Word(j, "from")) ++j;
    if (!BareYearAt(j)) return std::nullopt;
    const size_t connector = j + 1;
    const bool joined = Symbol(connector, "-") || Word(connector, "to") ||
                        Word(connector, "through") ||
                        (between && Word(connector, "and"));
    // The second year follows "to", so only its own range is checked.
    if (!joined || !YearAt(connector + 1) || IntAt(connector + 1) > 2100 ||
        IntAt(connector + 1) <= IntAt(j)) {
      return std::nullopt;
    }
    return Match{i, connector + 2,
                 Period(year_month_day(date::year(IntAt(j)), date::January,
                                       date::day(1)),
                        year_month_day(date::year(IntAt(connector + 1)),
                                       date::December, date::day(31)),
                        TimeRef::PERIOD, false)};
  }

  std::optional<Match> YearAlone(size_t i) const {
    // "Month YEAR": a month period.
    unsigned month = 0;
    if (size_t end = MonthAt(i, &month)) {
      size_t j = end;
      if (Symbol(j, ",") || Word(j, "of")) ++j;
      if (YearAt(j)) {
        return Match{i, j + 1,
                     Month(date::year(IntAt(j)), date::month(month), false)};
      }
    }
    if (!BareYearAt(i)) return std::nullopt;
    // "mid-2024" and the like are read by Relative(); a year alone here.
    return Match{i, i + 1, Year(date::year(IntAt(i)), false)};
  }

  std::optional<Match> MonthAlone(size_t i) const {
    unsigned month = 0;
    const size_t end = MonthAt(i, &month);
    if (end == 0) return std::nullopt;
    const Token& word = tokens_[i];
    const bool led = i > 0 && MonthLeadWords().contains(tokens_[i - 1].norm);
    // "May" and "March" alone are names and verbs as often as months.
    if (!led &&
        (word.norm == "may" || word.norm == "march" || word.norm.size() <= 3)) {
      return std::nullopt;
    }
    if (!reference_) return Match{i, end, Unresolved(TimeRef::MONTH)};
    date::year y = reference_->year();
    if (i > 0 && Word(i - 1, "last") &&
        date::month(month) >= reference_->month()) {
      y -= years(1);
    } else if (i > 0 && Word(i - 1, "next") &&
               date::month(month) <= reference_->month()) {
      y += years(1);
    }
    const size_t begin =
        (i > 0 && (Word(i - 1, "last") || Word(i - 1, "next"))) ? i - 1 : i;
    return Match{begin, end, Month(y, date::month(month), true)};
  }

  std::optional<Match> WeekdayAlone(size_t i) const {
    unsigned weekday = 0;
    const size_t end = WeekdayAt(i, &weekday);
    if (end == 0 || !tokens_[i].capitalized) return std::nullopt;
    const bool last = i > 0 && Word(i - 1, "last");
    const bool next = i > 0 && Word(i - 1, "next");
    const size_t begin = (last || next) ? i - 1 : i;
    if (!reference_) return Match{begin, end, Unresolved(TimeRef::DAY)};
    const sys_days ref{*reference_};
    const unsigned ref_weekday = date::weekday(ref).iso_encoding();
    int delta = static_cast<int>(weekday) - static_cast<int>(ref_weekday);
    if (next) {
      if (delta <= 0) delta += 7;
    } else {
      if (delta > 0) delta -= 7;
      if (last && delta == 0) delta = -7;
    }
    return Match{begin, end, Day(year_month_day(ref + days(delta)), true)};
  }

  // Unit words of relative phrases.
  enum class Unit { kNone, kDay, kWeek, kMonth, kQuarter, kYear, kDecade };

  static Unit UnitOf(absl::string_view word) {
    if (word == "day" || word == "days") return Unit::kDay;
    if (word == "week" || word == "weeks") return Unit::kWeek;
    if (word == "month" || word == "months") return Unit::kMonth;
    if (word == "quarter" || word == "quarters") return Unit::kQuarter;
    if (word == "year" || word == "years") return Unit::kYear;
    if (word == "decade" || word == "decades") return Unit::kDecade;
    return Unit::kNone;
  }

  // The calendar period of `unit` that is `offset` periods from the
  // reference's own ("last month": offset -1).
  TimeRef PeriodOf(Unit unit, int offset) const {
    const year_month_day ref = *reference_;
    switch (unit) {
      case Unit::kDay:
        return Day(year_month_day(sys_days(ref) + days(offset)), true);
      case Unit::kWeek: {
        const sys_days monday =
            sys_days(ref) -
            days(date::weekday(sys_days(ref)).iso_encoding() - 1) +
            days(7 * offset);
        TimeRef t =
            Period(year_month_day(monday), year_month_day(monday + days(6)),
                   TimeRef::PERIOD, true);
        return t;
      }
      case Unit::kMonth: {
        const date::year_month ym =
            date::year_month(ref.year(), ref.month()) + months(offset);
        return Month(ym.year(), ym.month(), true);
      }
      case Unit::kQuarter: {
        const unsigned q0 = (static_cast<unsigned>(ref.month()) - 1) / 3;
        const int total =
            static_cast<int>(ref.year()) * 4 + static_cast<int>(q0) + offset;
        return QuarterOf(date::year(total / 4),
                         static_cast<unsigned>(total % 4) + 1, true);
      }
      case Unit::kYear:
        return Year(ref.year() + years(offset), true);
      case Unit::kDecade: {
        const int first = (static_cast<int>(ref.year()) / 10 + offset) * 10;
        TimeRef t = Period(
            year_month_day(date::year(first), date::January, date::day(1)),
            year_month_day(date::year(first + 9), date::December,
                           date::day(31)),
            TimeRef::DECADE, true);
        return t;
      }
      case Unit::kNone:
        break;
    }
    return Unresolved(TimeRef::GRANULARITY_UNSPECIFIED);
  }

  // A number of units, in digits or words ("two", "a").
  std::optional<ParsedNumber> CountAt(size_t i) const {
    if (Word(i, "a") || Word(i, "an")) {
      ParsedNumber one;
      one.value = 1;
      one.end = i + 1;
      return one;
    }
    std::optional<ParsedNumber> n = ParseNumber(tokens_, i);
    if (!n || n->is_fraction || n->value < 1 || n->value > 1000 ||
        n->value != static_cast<int>(n->value)) {
      return std::nullopt;
    }
    return n;
  }

  std::optional<Match> Relative(size_t i) const {
    const bool resolvable = reference_.has_value();
    auto resolved_or_not = [&](size_t begin, size_t end, auto make,
                               TimeRef::Granularity granularity) {
      return resolvable ? Match{begin, end, make()}
                        : Match{begin, end, Unresolved(granularity)};
    };
    if (Word(i, "yesterday") || Word(i, "today") || Word(i, "tomorrow")) {
      const int offset = Word(i, "yesterday") ? -1 : Word(i, "today") ? 0 : 1;
      return resolved_or_not(
          i, i + 1, [&] { return PeriodOf(Unit::kDay, offset); }, TimeRef::DAY);
    }
    // "last month", "this year", "next quarter", "past week".
    if (Word(i, "last") || Word(i, "this") || Word(i, "next") ||
        Word(i, "past") || Word(i, "coming")) {
      const Unit unit =
          i + 1 < tokens_.size() ? UnitOf(tokens_[i + 1].norm) : Unit::kNone;
      if (unit != Unit::kNone && unit != Unit::kDay &&
          !(i + 1 < tokens_.size() && tokens_[i + 1].norm.back() == 's')) {
        const int offset = (Word(i, "last") || Word(i, "past")) ? -1
                           : Word(i, "this")                    ? 0
                                                                : 1;
        return resolved_or_not(
            i, i + 2, [&] { return PeriodOf(unit, offset); },
            TimeRef::GRANULARITY_UNSPECIFIED);
      }
    }
    // "earlier this year", "later this month", "late last year",
    // "early next year".
    const bool earlier = Word(i, "earlier") || Word(i, "early");
    const bool later = Word(i, "later") || Word(i, "late");
    if ((earlier || later) &&
        (Word(i + 1, "this") || Word(i + 1, "last") || Word(i + 1, "next")) &&
        (Word(i + 2, "year") || Word(i + 2, "month"))) {
      const int offset = Word(i + 1, "last") ? -1 : Word(i + 1, "this") ? 0 : 1;
      const Unit unit = Word(i + 2, "year") ? Unit::kYear : Unit::kMonth;
      if (!resolvable) return Match{i, i + 3, Unresolved(TimeRef::PERIOD)};
      const TimeRef whole = PeriodOf(unit, offset);
      const bool comparative = Word(i, "earlier") || Word(i, "later");
      return Match{i, i + 3,
                   Part(whole, earlier, comparative && offset == 0, unit)};
    }
    // "early 2024", "late 2019", "mid-2024".
    if ((earlier || later || Word(i, "mid")) && !Word(i, "earlier") &&
        !Word(i, "later")) {
      size_t j = i + 1;
      if (Symbol(j, "-")) ++j;
      if (YearAt(j)) {
        const TimeRef whole = Year(date::year(IntAt(j)), false);
        TimeRef part = Word(i, "mid")
                           ? MiddleOf(whole)
                           : Part(whole, earlier, false, Unit::kYear);
        part.set_relative(false);
        return Match{i, j + 1, part};
      }
    }
    // "two years ago", "a month ago".
    if (std::optional<ParsedNumber> n = CountAt(i)) {
      const size_t u = n->end;
      const Unit unit =
          u < tokens_.size() ? UnitOf(tokens_[u].norm) : Unit::kNone;
      if (unit != Unit::kNone && Word(u + 1, "ago")) {
        const int count = static_cast<int>(n->value);
        if (!resolvable) return Match{i, u + 2, Unresolved(TimeRef::DAY)};
        const year_month_day ref = *reference_;
        switch (unit) {
          case Unit::kDay:
            return Match{i, u + 2, PeriodOf(Unit::kDay, -count)};
          case Unit::kWeek:
            return Match{
                i, u + 2,
                Day(year_month_day(sys_days(ref) - days(7 * count)), true)};
          case Unit::kDecade:
            return Match{i, u + 2, PeriodOf(Unit::kYear, -10 * count)};
          default:
            return Match{i, u + 2, PeriodOf(unit, -count)};
        }
      }
    }
    // "the past two years", "the last decade", "over the past 12 months".
    size_t j = i;
    if (Word(j, "the")) ++j;
    if ((Word(j, "past") || Word(j, "last")) && j > i) {
      size_t k = j + 1;
      int count = 1;
      if (std::optional<ParsedNumber> n = CountAt(k);
          n && !Word(k, "a") && !Word(k, "an")) {
        count = static_cast<int>(n->value);
        k = n->end;
      }
      const Unit unit =
          k < tokens_.size() ? UnitOf(tokens_[k].norm) : Unit::kNone;
      if (unit != Unit::kNone) {
        if (!resolvable) return Match{i, k + 1, Unresolved(TimeRef::PERIOD)};
        const sys_days ref{*reference_};
        year_month_day from{ref};
        switch (unit) {
          case Unit::kDay:
            from = year_month_day(ref - days(count));
            break;
          case Unit::kWeek:
            from = year_month_day(ref - days(7 * count));
            break;
          case Unit::kMonth:
            from = from - months(count);
            break;
          case Unit::kQuarter:
            from = from - months(3 * count);
            break;
          case Unit::kYear:
            from = from - years(count);
            break;
          case Unit::kDecade:
            from = from - years(10 * count);
            break;
          case Unit::kNone:
            break;
        }
        // "the past year" from February 29 starts on February 28.
        if (!from.ok()) from = LastDayOf(from.year(), from.month());
        return Match{i, k + 1,
                     Period(from, *reference_, TimeRef::PERIOD, true)};
      }
    }
    return std::nullopt;
  }

  // The early or late part of a period. Within the current year or month,
  // "earlier"/"later" run up to or on from the reference date.
  TimeRef Part(const TimeRef& whole, bool early, bool up_to_reference,
               Unit unit) const {
    TimeRef part = whole;
    part.set_granularity(TimeRef::PERIOD);
    if (up_to_reference) {
      if (early) {
        part.set_end(Iso(*reference_));
      } else {
        part.set_begin(Iso(*reference_));
      }
      return part;
    }
    // Early: the first third (Jan-Apr of a year); late: the last third.
    const year_month_day begin = Parse(whole.begin());
    const year_month_day end = Parse(whole.end());
    if (unit == Unit::kYear) {
      if (early) {
        part.set_end(Iso(LastDayOf(begin.year(), date::April)));
      } else {
        part.set_begin(
            Iso(year_month_day(begin.year(), date::September, date::day(1))));
      }
    } else {
      if (early) {
        part.set_end(
            Iso(year_month_day(begin.year(), begin.month(), date::day(10))));
      } else {
        part.set_begin(
            Iso(year_month_day(end.year(), end.month(), date::day(21))));
      }
    }
    return part;
  }

  TimeRef MiddleOf(const TimeRef& year) const {
    const year_month_day begin = Parse(year.begin());
    TimeRef part = year;
    part.set_granularity(TimeRef::PERIOD);
    part.set_begin(Iso(year_month_day(begin.year(), date::May, date::day(1))));
    part.set_end(Iso(LastDayOf(begin.year(), date::August)));
    return part;
  }

  static year_month_day Parse(const std::string& iso) {
    int y = 0;
    unsigned m = 0, d = 0;
    std::sscanf(iso.c_str(), "%d-%u-%u", &y, &m, &d);
    return year_month_day{date::year(y), date::month(m), date::day(d)};
  }

  const std::vector<Token>& tokens_;
  std::optional<year_month_day> reference_;
};

}  // namespace

std::vector<Mention> FindTimes(absl::string_view text,
                               const std::vector<Token>& tokens,
                               std::optional<year_month_day> reference,
                               std::vector<bool>* taken) {
  if (taken != nullptr) taken->assign(tokens.size(), false);
  std::vector<Mention> mentions;
  TimeScanner scanner(tokens, reference);
  size_t i = 0;
  while (i < tokens.size()) {
    std::optional<Match> match = scanner.MatchAt(i);
    if (!match) {
      ++i;
      continue;
    }
    if (taken != nullptr) {
      for (size_t k = match->begin; k < match->end; ++k) (*taken)[k] = true;
    }
    i = match->end;
    if (match->impossible) continue;
    Mention& mention = mentions.emplace_back();
    mention.set_begin(tokens[match->begin].begin);
    mention.set_end(tokens[match->end - 1].end);
    mention.set_text(std::string(
        text.substr(mention.begin(), mention.end() - mention.begin())));
    match->time.set_text(mention.text());
    *mention.mutable_time() = std::move(match->time);
  }
  return mentions;
}

}  // namespace claimcheck

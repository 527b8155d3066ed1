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
  // Month and day were written, the year is the reference's ("Feb 1st"):
  // a range may give it the year of its other end.
  bool year_implied = false;
};

class TimeScanner {
 public:
  TimeScanner(const std::vector<Token>& tokens,
              std::optional<year_month_day> reference)
      : tokens_(tokens), reference_(reference) {}

  std::optional<Match> MatchAt(size_t i) {
    if (!CanStartDate(tokens_[i])) return std::nullopt;
    // Before Relative(): "the last week of 2015" is not "the last week".
    if (auto m = NthWeek(i)) return m;
    if (auto m = Relative(i)) return m;
    if (auto m = NthWeekday(i)) return m;
    // Before WeekdayAndDate(): "the 21st century" is not "the 21st".
    if (auto m = Century(i)) return m;
    if (auto m = WeekdayAndDate(i)) return m;
    if (auto m = IsoDate(i)) return m;
    if (auto m = NumericDate(i)) return m;
    if (auto m = NumericMonth(i)) return m;
    if (auto m = HalfYear(i)) return m;
    if (auto m = Quarter(i)) return m;
    if (auto m = Decade(i)) return m;
    if (auto m = YearRange(i)) return m;
    if (auto m = YearAlone(i)) return m;
    if (auto m = MonthAlone(i)) return m;
    if (auto m = WeekdayAlone(i)) return m;
    return std::nullopt;
  }

 private:
  // Whether any pattern can begin at this token; most tokens of a sentence
  // cannot, and are passed over without trying each pattern.
  static bool CanStartDate(const Token& token) {
    if (token.kind == TokenKind::kNumber) return true;
    if (token.kind != TokenKind::kWord) return false;
    static const auto* starters = new absl::flat_hash_set<absl::string_view>{
        "the",      "day",     "this",     "next",     "last",      "past",
        "coming",   "current", "previous", "upcoming", "yesterday", "today",
        "tomorrow", "tmrw",    "tmr",      "earlier",  "later",     "rest",
        "a",        "an",      "first",    "second",   "third",     "fourth",
        "fifth",    "q",       "h",        "between",  "from",      "twenty",
        "thirty",   "within",  "same",     "weekend",  "now",       "few"};
    return starters->contains(token.norm) ||
           MonthNames().contains(token.norm) ||
           WeekdayNames().contains(token.norm) || IsNumberWord(token);
  }

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

  // A year in words: "nineteen seventy eight", "nineteen oh one", "twenty
  // twenty", "two thousand and eighteen", "one thousand seven hundred and
  // eighty nine". `*end` gets the token after it.
  std::optional<int> WordYearAt(size_t i, size_t* end) const {
    if (i >= tokens_.size() || tokens_[i].kind != TokenKind::kWord) {
      return std::nullopt;
    }
    // Century and two digits: "nineteen seventy eight", "twenty twenty".
    if ((Word(i, "nineteen") || Word(i, "twenty") || Word(i, "eighteen")) &&
        i + 1 < tokens_.size()) {
      const int century = Word(i, "nineteen") ? 1900
                          : Word(i, "twenty") ? 2000
                                              : 1800;
      size_t j = i + 1;
      int tens = -1;
      if (Word(j, "oh") || Word(j, "zero") || Word(j, "nought")) {
        std::optional<ParsedNumber> unit = ParseNumber(tokens_, j + 1);
        if (unit && unit->value >= 1 && unit->value <= 9) {
          tens = static_cast<int>(unit->value);
          j = unit->end;
        }
      } else if (std::optional<ParsedNumber> two = ParseNumber(tokens_, j);
                 two && two->in_words && two->value >= 10 && two->value <= 99 &&
                 two->scale.empty() &&
                 two->value == static_cast<int>(two->value)) {
        tens = static_cast<int>(two->value);
        j = two->end;
      }
      if (tens >= 0) {
        *end = j;
        return century + tens;
      }
    }
    // "two thousand and eighteen": a word number with "thousand" in it.
    std::optional<ParsedNumber> n = ParseNumber(tokens_, i);
    if (n && n->in_words && n->value >= 1000 && n->value <= 2999 &&
        n->value == static_cast<int>(n->value)) {
      bool thousand = false;
      for (size_t k = i; k < n->end; ++k) thousand |= Word(k, "thousand");
      if (thousand) {
        *end = n->end;
        return static_cast<int>(n->value);
      }
    }
    return std::nullopt;
  }

  // Month name at i, with the "." of an abbreviation; returns end.
  size_t MonthAt(size_t i, unsigned* month) const {
    if (i >= tokens_.size() || tokens_[i].kind != TokenKind::kWord) return 0;
    auto m = MonthNames().find(tokens_[i].norm);
    if (m == MonthNames().end()) return 0;
    // Lowercase "may" and "march" are verbs; other lowercase short forms
    // ("sept", "jan") count after a word that leads a date.
    if (!tokens_[i].capitalized && tokens_[i].norm.size() <= 5) {
      const bool led = i > 0 && MonthLeadWords().contains(tokens_[i - 1].norm);
      const bool day_follows =
          IntegerAt(i + 1, 1, 2) || YearAt(i + 1) || Word(i + 1, "next") ||
          (i + 1 < tokens_.size() && IsNumberWord(tokens_[i + 1])) ||
          (i > 1 && Symbol(i - 1, ",") &&
           WeekdayNames().contains(tokens_[i - 2].norm)) ||
          (i > 0 && WeekdayNames().contains(tokens_[i - 1].norm));
      if (tokens_[i].norm == "may" || tokens_[i].norm == "march" ||
          (!led && !day_follows)) {
        return 0;
      }
    }
    *month = m->second;
    size_t end = i + 1;
    if (Symbol(end, ".") && !tokens_[end].space_before &&
        (tokens_[i].norm.size() <= 4 || IntegerAt(end + 1, 1, 2))) {
      ++end;
    }
    return end;
  }

  // Day of month 1-31 at i: "13", "13th", "16." (before a month), and, with
  // `words`, "thirteenth", "twenty-first", "twenty one". Returns end.
  size_t DayAt(size_t i, unsigned* day, bool words = false) const {
    if (IntegerAt(i, 1, 2)) {
      if (IntAt(i) < 1 || IntAt(i) > 31) return 0;
      *day = static_cast<unsigned>(IntAt(i));
      size_t end = i + 1;
      if (end < tokens_.size() && !tokens_[end].space_before &&
          (Word(end, "st") || Word(end, "nd") || Word(end, "rd") ||
           Word(end, "th"))) {
        ++end;
      }
      return end;
    }
    if (!words || i >= tokens_.size() || tokens_[i].kind != TokenKind::kWord) {
      return 0;
    }
    static const absl::flat_hash_map<absl::string_view, unsigned> ordinals = {
        {"first", 1},       {"second", 2},       {"third", 3},
        {"fourth", 4},      {"fifth", 5},        {"sixth", 6},
        {"seventh", 7},     {"eighth", 8},       {"ninth", 9},
        {"tenth", 10},      {"eleventh", 11},    {"twelfth", 12},
        {"thirteenth", 13}, {"fourteenth", 14},  {"fifteenth", 15},
        {"sixteenth", 16},  {"seventeenth", 17}, {"eighteenth", 18},
        {"nineteenth", 19}, {"twentieth", 20},   {"thirtieth", 30}};
    size_t j = i;
    unsigned tens = 0;
    if (Word(j, "twenty") || Word(j, "thirty")) {
      tens = Word(j, "twenty") ? 20 : 30;
      ++j;
      if (Symbol(j, "-")) ++j;
    }
    if (j < tokens_.size()) {
      if (auto o = ordinals.find(tokens_[j].norm);
          o != ordinals.end() && (tens == 0 || o->second < 10)) {
        *day = tens + o->second;
        return *day <= 31 ? j + 1 : 0;
      }
    }
    std::optional<ParsedNumber> n = ParseNumber(tokens_, i);
    if (n && n->in_words && n->value >= 1 && n->value <= 31 &&
        n->value == static_cast<int>(n->value) && n->scale.empty() &&
        !n->is_fraction) {
      *day = static_cast<unsigned>(n->value);
      return n->end;
    }
    return 0;
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

  // -1, 0 or 1 for a word that places a period before, at or after the
  // reference's own ("last" and "previous", "this" and "current", "next");
  // nullopt for any other word.
  std::optional<int> OffsetWordAt(size_t k) const {
    if (Word(k, "last") || Word(k, "previous")) return -1;
    if (Word(k, "this") || Word(k, "current")) return 0;
    if (Word(k, "next") || Word(k, "upcoming")) return 1;
    return std::nullopt;
  }

  // The year of a date phrase that ends before token `*end`: written
  // there (after an optional comma; `*end` then moves past it), else the
  // reference's, and `*relative` says which. Nullopt when neither is known:
  // the phrase stays unresolved.
  std::optional<int> YearOf(size_t* end, bool* relative) const {
    size_t j = *end;
    if (Symbol(j, ",") && YearAt(j + 1)) ++j;
    if (YearAt(j)) {
      *end = j + 1;
      *relative = false;
      return IntAt(j);
    }
    size_t after_words = 0;
    const size_t w = Symbol(*end, ",") ? *end + 1 : *end;
    if (std::optional<int> year = WordYearAt(w, &after_words)) {
      *end = after_words;
      *relative = false;
      return year;
    }
    if (!reference_) return std::nullopt;
    *relative = true;
    return static_cast<int>(reference_->year());
  }

  // Month and day with the year written, or the reference's year.
  std::optional<Match> MonthDay(size_t begin, size_t end, unsigned month,
                                unsigned day) const {
    bool relative = false;
    std::optional<int> year = YearOf(&end, &relative);
    if (!year) return Match{begin, end, Unresolved(TimeRef::DAY)};
    std::optional<Match> match =
        DateMatch(begin, end, *year, month, day, relative);
    if (match) match->year_implied = relative;
    return match;
  }

  std::optional<Match> WeekdayAndDate(size_t i) const {
    size_t j = i;
    unsigned weekday = 0;
    if (size_t end = WeekdayAt(i, &weekday)) {
      j = end;
      if (Symbol(j, ",")) ++j;
    }
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
          if ((Symbol(day_end, "-") || Word(day_end, "to")) &&
              DayAt(day_end + 1, &last_day) && last_day > day) {
            return DayRange(i, day_end + 2, month, day, last_day);
          }
          return MonthDay(i, day_end, month, day);
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
    if (day_end > 0 && tokens_[k].kind == TokenKind::kWord && k == i &&
        j == i) {
      unsigned ignored = 0;
      if (!Word(day_end, "of") || MonthAt(day_end + 1, &ignored) == 0) {
        day_end = 0;
      }
    }
    if (day_end > 0) {
      size_t m = day_end;
      if (Symbol(m, ".")) ++m;
      if (Word(m, "of")) ++m;
      if (size_t month_end = MonthAt(m, &month)) {
        return MonthDay(i, month_end, month, day);
      }
      // "the 20th of next month", "31st of this month".
      if (Word(day_end, "of") &&
          (Word(day_end + 1, "this") || Word(day_end + 1, "next") ||
           Word(day_end + 1, "last") || Word(day_end + 1, "previous")) &&
          Word(day_end + 2, "month")) {
        if (!reference_) return Match{i, day_end + 3, Unresolved(TimeRef::DAY)};
        const int offset = Word(day_end + 1, "next")   ? 1
                           : Word(day_end + 1, "this") ? 0
                                                       : -1;
        const date::year_month ym =
            date::year_month(reference_->year(), reference_->month()) +
            months(offset);
        return DateMatch(i, day_end + 3, static_cast<int>(ym.year()),
                         static_cast<unsigned>(ym.month()), day, true);
      }
      unsigned last_day = 0;
      const size_t c = day_end;
      const bool connector = Symbol(c, "-") || Word(c, "to") ||
                             Word(c, "until") || Word(c, "till") ||
                             Word(c, "through") || Word(c, "and");
      // "from" or "between" before the first day belongs to the range.
      const size_t range_begin =
          i > 0 && (Word(i - 1, "from") || Word(i - 1, "between")) ? i - 1 : i;
      if (connector && DayAt(c + 1, &last_day) && last_day > day) {
        size_t m2 = c + 2;
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
          return DayRange(range_begin, m2 + 2,
                          static_cast<unsigned>(ym.month()), day, last_day,
                          static_cast<int>(ym.year()));
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
      // "Friday the 15th", "the 27th": a day of the reference's month.
      if (reference_ && k > j && (day_end > k + 1 || j > i)) {
        return DateMatch(i, day_end, static_cast<int>(reference_->year()),
                         static_cast<unsigned>(reference_->month()), day, true);
      }
    }
    return std::nullopt;
  }

  // Days first..last of a month, with the year after them or the
  // reference's.
  // `known_year`, when given, is the year the phrase already named.
  std::optional<Match> DayRange(size_t begin, size_t end, unsigned month,
                                unsigned first, unsigned last,
                                std::optional<int> known_year = {}) const {
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

  // "2/22/2016", "21/04/16", "13.5.2015", "4/22": numeric dates. Month
  // first (US order) unless the first field cannot be a month. Two-digit
  // years below 50 are 20xx, others 19xx. Without a year, only when one
  // field is above 12, so that "3/4" stays a fraction.
  std::optional<Match> NumericDate(size_t i) const {
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
      if (Symbol(end, separator) || Symbol(end, ",")) {
        if (end + 1 < tokens_.size() && !tokens_[end].space_before &&
            (IntegerAt(end + 1, 2, 2) || YearAt(end + 1))) {
          year = IntAt(end + 1);
          if (year < 100) year += year < 50 ? 2000 : 1900;
          end += 2;
        }
      }
      if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
      if (year == 0) {
        if (std::string(separator) != "/" || (a <= 12 && b <= 12)) {
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

  // "3/2015", "11/2016", "2015-3", "2016/11": a month of a year.
  std::optional<Match> NumericMonth(size_t i) const {
    int month = 0, year = 0;
    if (IntegerAt(i, 1, 2) && (Symbol(i + 1, "/") || Symbol(i + 1, "-")) &&
        YearAt(i + 2) && !tokens_[i + 1].space_before &&
        !tokens_[i + 2].space_before) {
      month = IntAt(i);
      year = IntAt(i + 2);
    } else if (YearAt(i) && (Symbol(i + 1, "/") || Symbol(i + 1, "-")) &&
               IntegerAt(i + 2, 1, 2) && !tokens_[i + 1].space_before &&
               !tokens_[i + 2].space_before && !Symbol(i + 3, "-") &&
               !Symbol(i + 3, "/")) {
      year = IntAt(i);
      month = IntAt(i + 2);
    }
    if (month < 1 || month > 12) return std::nullopt;
    return Match{i, i + 3, Month(date::year(year), date::month(month), false)};
  }

  std::optional<Match> IsoDate(size_t i) const {
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
        return DateMatch(i, i + 5, IntAt(i),
                         static_cast<unsigned>(IntAt(i + 2)),
                         static_cast<unsigned>(IntAt(i + 4)), false);
      }
    }
    return std::nullopt;
  }

  std::optional<Match> Quarter(size_t i) const {
    // "2016 the third quarter": the year first.
    if (YearAt(i) && Word(i + 1, "the") && i + 3 < tokens_.size() &&
        Word(i + 3, "quarter")) {
      static const absl::flat_hash_map<absl::string_view, unsigned> nth = {
          {"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4}};
      if (auto q = nth.find(tokens_[i + 2].norm); q != nth.end()) {
        return Match{i, i + 4,
                     QuarterOf(date::year(IntAt(i)), q->second, false)};
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
    if (size_t word_end = 0;
        std::optional<int> year = WordYearAt(j, &word_end)) {
      return Match{i, word_end, QuarterOf(date::year(*year), quarter, false)};
    }
    // "Q3 this year", "the third quarter of next year".
    if ((Word(j, "this") || Word(j, "next") || Word(j, "last")) &&
        Word(j + 1, "year")) {
      if (!reference_) return Match{i, j + 2, Unresolved(TimeRef::QUARTER)};
      const int offset = OffsetWordAt(j).value_or(0);
      return Match{
          i, j + 2,
          QuarterOf(reference_->year() + years(offset), quarter, true)};
    }
    if (!reference_) return Match{i, j, Unresolved(TimeRef::QUARTER)};
    return Match{i, j, QuarterOf(reference_->year(), quarter, true)};
  }

  std::optional<Match> Decade(size_t i) const {
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
      auto d =
          k < tokens_.size() ? decades.find(tokens_[k].norm) : decades.end();
      const bool thousands_alone =
          d != decades.end() && d->first == "thousands" && century == 2000;
      if (d != decades.end() && (d->first != "thousands" || thousands_alone) &&
          (d->first != "tens" || century == 2000)) {
        int first =
            d->second >= 100 ? 2000 + (d->second - 100) : century + d->second;
        if (d->first == "thousands") first = 2000;
        return Match{i, k + 1,
                     Period(year_month_day(date::year(first), date::January,
                                           date::day(1)),
                            year_month_day(date::year(first + 9),
                                           date::December, date::day(31)),
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
        Period(year_month_day(date::year(first), date::January, date::day(1)),
               year_month_day(date::year(first + 9), date::December,
                              date::day(31)),
               TimeRef::DECADE, false)};
  }

  // "the 21st century", "15th century": its hundred years, 2000-2099 (the
  // popular count, not 2001-2100).
  std::optional<Match> Century(size_t i) const {
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
        Period(year_month_day(date::year(first), date::January, date::day(1)),
               year_month_day(date::year(first + 99), date::December,
                              date::day(31)),
               TimeRef::PERIOD, false)};
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

  // "H2 2016", "2016 H2", "2016H2": half years.
  std::optional<Match> HalfYear(size_t i) const {
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

  std::optional<Match> YearAlone(size_t i) const {
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
    // "2016 November", "2016, nov": a month, the year first.
    if (BareYearAt(i)) {
      size_t j = i + 1;
      if (Symbol(j, ",")) ++j;
      unsigned month = 0;
      if (j < tokens_.size() && tokens_[j].kind == TokenKind::kWord &&
          MonthNames().contains(tokens_[j].norm) && tokens_[j].norm != "may" &&
          tokens_[j].norm != "march") {
        month = MonthNames().at(tokens_[j].norm);
        return Match{i, j + 1,
                     Month(date::year(IntAt(i)), date::month(month), false)};
      }
    }
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
    // "in nineteen twenty eight", "year two hundred and sixty seven".
    if (i > 0 &&
        (Word(i - 1, "in") || Word(i - 1, "of") || Word(i - 1, "since") ||
         Word(i - 1, "year") || Word(i - 1, "from") || Word(i - 1, "until") ||
         Word(i - 1, "between"))) {
      size_t end = 0;
      if (std::optional<int> year = WordYearAt(i, &end)) {
        return Match{i, end, Year(date::year(*year), false)};
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
    // "June next year", "March last year".
    if ((Word(end, "next") || Word(end, "last") || Word(end, "this")) &&
        Word(end + 1, "year")) {
      y += years(OffsetWordAt(end).value_or(0));
      return Match{i, end + 2, Month(y, date::month(month), true)};
    }
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

  // The `weekday` (ISO, Monday 1) of the week `offset` weeks from the
  // reference's.
  TimeRef WeekdayOfWeek(unsigned weekday, int offset) const {
    const sys_days ref{*reference_};
    const sys_days monday =
        ref - days(date::weekday(ref).iso_encoding() - 1) + days(7 * offset);
    return Day(year_month_day(monday + days(weekday - 1)), true);
  }

  // "the first Friday of July", "the second Monday of next month", "third
  // Tuesday" (of the reference's month), "the last Sunday in March 2024".
  std::optional<Match> NthWeekday(size_t i) const {
    static const absl::flat_hash_map<absl::string_view, unsigned> nth = {
        {"first", 1},  {"second", 2}, {"third", 3},
        {"fourth", 4}, {"fifth", 5},  {"last", 0}};
    size_t j = i;
    if (Word(j, "the")) ++j;
    auto n = j < tokens_.size() ? nth.find(tokens_[j].norm) : nth.end();
    unsigned weekday = 0;
    if (n == nth.end()) return std::nullopt;
    size_t end = WeekdayAt(j + 1, &weekday);
    if (end == 0) return std::nullopt;
    // "last Sunday" alone is the weekday rule's; here it needs a month.
    unsigned month = 0;
    std::optional<date::year_month> ym;
    bool relative = true;
    size_t m = end;
    if (Word(m, "of") || Word(m, "in")) ++m;
    if (size_t month_end = MonthAt(m, &month)) {
      end = month_end;
      std::optional<int> year = YearOf(&end, &relative);
      if (!year) return Match{i, end, Unresolved(TimeRef::DAY)};
      ym = date::year_month(date::year(*year), date::month(month));
    } else if ((Word(m, "this") || Word(m, "next") || Word(m, "last") ||
                Word(m, "previous")) &&
               Word(m + 1, "month")) {
      if (!reference_) return Match{i, m + 2, Unresolved(TimeRef::DAY)};
      const int offset = OffsetWordAt(m).value_or(0);
      ym = date::year_month(reference_->year(), reference_->month()) +
           months(offset);
      end = m + 2;
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
      const date::year_month_weekday ymw(ym->year(), ym->month(),
                                         wd[n->second]);
      if (!ymw.ok()) return Match{i, end, TimeRef(), true};
      day = year_month_day(sys_days(ymw));
    }
    return Match{i, end, Day(day, relative)};
  }

  // "the third week of this month", "the last week of July", "the first
  // week of 2015": weeks run Monday to Sunday and belong, as ISO 8601 has
  // it, to the month or year that holds their Thursday.
  std::optional<Match> NthWeek(size_t i) const {
    static const absl::flat_hash_map<absl::string_view, int> nth = {
        {"first", 1},  {"second", 2}, {"third", 3},
        {"fourth", 4}, {"fifth", 5},  {"last", 0}};
    size_t j = i;
    if (Word(j, "the")) ++j;
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
      last_day =
          year_month_day(date::year(year), date::December, date::day(31));
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
    } else {
      thursday += days(7 * (n->second - 1));
      if (thursday > sys_days(last_day)) return Match{i, end, TimeRef(), true};
    }
    return Match{
        i, end,
        Period(year_month_day(thursday - days(3)),
               year_month_day(thursday + days(3)), TimeRef::PERIOD, relative)};
  }

  // "on Tuesday": the latest Tuesday on or before the reference (news
  // reports what happened). "this Tuesday", "next Tuesday", "last
  // Tuesday": the Tuesday of the reference's week, of the week after it,
  // of the week before it (weeks start on Monday).
  std::optional<Match> WeekdayAlone(size_t i) const {
    unsigned weekday = 0;
    const size_t end = WeekdayAt(i, &weekday);
    if (end == 0) return std::nullopt;
    // "Friday next week", "Sunday of next week": the weekday in that week.
    {
      size_t w = end;
      if (Word(w, "of")) ++w;
      if ((Word(w, "next") || Word(w, "last") || Word(w, "this")) &&
          Word(w + 1, "week")) {
        const int offset = OffsetWordAt(w).value_or(0);
        size_t begin = i;
        if (i > 0 && Word(i - 1, "on")) begin = i - 1;
        if (!reference_) return Match{begin, w + 2, Unresolved(TimeRef::DAY)};
        return Match{begin, w + 2, WeekdayOfWeek(weekday, offset)};
      }
      // "next week Friday", "next week on Friday".
      size_t b = i;
      if (b > 0 && Word(b - 1, "on")) --b;
      if (b >= 2 && Word(b - 1, "week") &&
          (Word(b - 2, "next") || Word(b - 2, "last") || Word(b - 2, "this"))) {
        const int offset = Word(b - 2, "next")   ? 1
                           : Word(b - 2, "last") ? -1
                                                 : 0;
        if (!reference_) return Match{b - 2, end, Unresolved(TimeRef::DAY)};
        return Match{b - 2, end, WeekdayOfWeek(weekday, offset)};
      }
    }
    const bool last = i > 0 && Word(i - 1, "last");
    const bool next = i > 0 && Word(i - 1, "next");
    const bool current = i > 0 && Word(i - 1, "this");
    if (!tokens_[i].capitalized && !last && !next && !current) {
      return std::nullopt;
    }
    const size_t begin = (last || next || current) ? i - 1 : i;
    if (!reference_) return Match{begin, end, Unresolved(TimeRef::DAY)};
    const sys_days ref{*reference_};
    const int ref_weekday = static_cast<int>(date::weekday(ref).iso_encoding());
    int delta = static_cast<int>(weekday) - ref_weekday;
    if (next) {
      delta += 7;
    } else if (last) {
      delta -= 7;
    } else if (!current && delta > 0) {
      delta -= 7;
    }
    return Match{begin, end, Day(year_month_day(ref + days(delta)), true)};
  }

  bool IsTomorrow(size_t i) const {
    return Word(i, "tomorrow") || Word(i, "tmrw") || Word(i, "tmr");
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
  // "1 month and 21 days", "2 years 1 month", "three weeks" at i: the
  // counted units of an offset. `*last_unit` gets the token of the last
  // unit word; empty when no count of units starts at i.
  std::vector<std::pair<int, Unit>> OffsetParts(size_t i,
                                                size_t* last_unit) const {
    std::vector<std::pair<int, Unit>> parts;
    std::optional<ParsedNumber> n = CountAt(i);
    while (n && n->end < tokens_.size()) {
      const Unit unit = UnitOf(tokens_[n->end].norm);
      if (unit == Unit::kNone) break;
      parts.emplace_back(static_cast<int>(n->value), unit);
      *last_unit = n->end;
      size_t next = n->end + 1;
      if (Symbol(next, ",")) ++next;
      if (Word(next, "and")) ++next;
      n = next < tokens_.size() && tokens_[next].kind == TokenKind::kNumber
              ? CountAt(next)
              : std::nullopt;
    }
    return parts;
  }

  // `ymd` moved by `count` units; a day that does not exist (February 30)
  // becomes the month's last.
  static year_month_day Shift(const year_month_day& ymd, Unit unit, int count) {
    year_month_day to = ymd;
    switch (unit) {
      case Unit::kDay:
        to = year_month_day(sys_days(ymd) + days(count));
        break;
      case Unit::kWeek:
        to = year_month_day(sys_days(ymd) + days(7 * count));
        break;
      case Unit::kMonth:
        to = ymd + months(count);
        break;
      case Unit::kQuarter:
        to = ymd + months(3 * count);
        break;
      case Unit::kYear:
        to = ymd + years(count);
        break;
      case Unit::kDecade:
        to = ymd + years(10 * count);
        break;
      case Unit::kNone:
        break;
    }
    if (!to.ok()) to = LastDayOf(to.year(), to.month());
    return to;
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

  // A number of units, in digits or words ("two", "a"). "A few" and
  // "few" count 3 here, in time offsets only ("a few days ago"), as
  // Duckling reads them; a quantity "a few" is no figure.
  std::optional<ParsedNumber> CountAt(size_t i) const {
    const size_t few_at = Word(i, "a") ? i + 1 : i;
    if (Word(few_at, "few")) {
      ParsedNumber three;
      three.value = 3;
      three.end = few_at + 1;
      return three;
    }
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
            i, j + 3, [&] { return PeriodOf(Unit::kDay, offset); },
            TimeRef::DAY);
      }
    }
    // "this weekend", "next weekend", "last weekend".
    // "this weekend", "next weekend", "the weekend", "weekend".
    if (((Word(i, "this") || Word(i, "next") || Word(i, "last") ||
          Word(i, "the") || Word(i, "my")) &&
         Word(i + 1, "weekend")) ||
        Word(i, "weekend")) {
      const size_t end = Word(i, "weekend") ? i + 1 : i + 2;
      const int offset = OffsetWordAt(i).value_or(0);
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
    // "the week after next", "the year after next".
    if (Word(i, "the") && Word(i + 2, "after") && Word(i + 3, "next")) {
      const Unit unit =
          i + 1 < tokens_.size() ? UnitOf(tokens_[i + 1].norm) : Unit::kNone;
      if (unit != Unit::kNone && unit != Unit::kDay) {
        return resolved_or_not(
            i, i + 4, [&] { return PeriodOf(unit, 2); },
            TimeRef::GRANULARITY_UNSPECIFIED);
      }
    }
    if (Word(i, "yesterday") || Word(i, "today") || IsTomorrow(i)) {
      const int offset = Word(i, "yesterday") ? -1 : Word(i, "today") ? 0 : 1;
      return resolved_or_not(
          i, i + 1, [&] { return PeriodOf(Unit::kDay, offset); }, TimeRef::DAY);
    }
    // "last month", "this year", "next quarter", "past week".
    if (Word(i, "last") || Word(i, "this") || Word(i, "next") ||
        Word(i, "past") || Word(i, "coming") || Word(i, "current") ||
        Word(i, "upcoming")) {
      const Unit unit =
          i + 1 < tokens_.size() ? UnitOf(tokens_[i + 1].norm) : Unit::kNone;
      if (unit != Unit::kNone &&
          !(i + 1 < tokens_.size() && tokens_[i + 1].norm.back() == 's')) {
        const int offset = (Word(i, "last") || Word(i, "past"))      ? -1
                           : (Word(i, "this") || Word(i, "current")) ? 0
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
      const std::vector<std::pair<int, Unit>> parts =
          OffsetParts(k, &last_unit);
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
        const Unit unit =
            k < tokens_.size() ? UnitOf(tokens_[k].norm) : Unit::kNone;
        if (unit == Unit::kWeek || unit == Unit::kMonth ||
            unit == Unit::kYear) {
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
        const Unit unit = n->end < tokens_.size() ? UnitOf(tokens_[n->end].norm)
                                                  : Unit::kNone;
        if (unit != Unit::kNone) {
          const int count = static_cast<int>(n->value);
          if (!resolvable) {
            return Match{i, n->end + 1, Unresolved(TimeRef::PERIOD)};
          }
          const bool forward =
              Word(i, "next") || Word(i, "coming") || Word(i, "upcoming");
          const year_month_day ref = *reference_;
          const TimeRef period =
              forward ? Period(year_month_day(sys_days(ref) + days(1)),
                               Shift(ref, unit, count), TimeRef::PERIOD, true)
                      : Period(Shift(ref, unit, -count), ref, TimeRef::PERIOD,
                               true);
          return Match{i, n->end + 1, period};
        }
      }
    }
    // "two years ago", "a month ago", "two weeks from now", "3 days later",
    // "two days after today", "four days before yesterday".
    {
      size_t u = i;
      const std::vector<std::pair<int, Unit>> parts = OffsetParts(i, &u);
      int direction = 0;
      int anchor = 0;  // days from the reference the count starts at
      size_t end = u + 2;
      if (parts.empty()) {
        // not a relative count
      } else if (Word(u + 1, "ago")) {
        direction = -1;
      } else if (Word(u + 1, "later") || Word(u + 1, "hence")) {
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
        // Years and decades ago name a year: "two years ago" is 2023
        // for an article of 2025, not one day of it.
        if (parts.size() == 1 && direction < 0 && anchor == 0 &&
            (parts[0].second == Unit::kYear ||
             parts[0].second == Unit::kDecade)) {
          const int count = parts[0].first * direction;
          return Match{
              i, end,
              PeriodOf(Unit::kYear,
                       parts[0].second == Unit::kYear ? count : 10 * count)};
        }
        year_month_day day{sys_days(*reference_) + days(anchor)};
        for (const auto& [count, part_unit] : parts) {
          day = Shift(day, part_unit, count * direction);
        }
        return Match{i, end, Day(day, true)};
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
      if (unit != Unit::kNone) {
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

 public:
  // The part of `whole` that "early", "late" (which -1, 1) or "mid" (0)
  // name: halves (of a year Jan-Jun and Jul-Dec; of a month 1-15 and 16 to
  // its end; of any other period its first and second half of days) and,
  // for "mid", the middle third.
  // `noun`: "the beginning/end of" rather than "early/late"; of a year
  // that is a third (Jan-Apr, Sep-Dec), narrower than a half.
  static TimeRef PartOf(const TimeRef& whole, int which, bool noun = false) {
    const sys_days begin{Parse(whole.begin())};
    const sys_days end{Parse(whole.end())};
    const int length = static_cast<int>((end - begin).count()) + 1;
    sys_days from = begin, to = end;
    if (whole.granularity() == TimeRef::YEAR && (which == 0 || noun)) {
      const year_month_day y{begin};
      const unsigned first_month = which < 0 ? 1 : which == 0 ? 5 : 9;
      from = sys_days(
          year_month_day(y.year(), date::month(first_month), date::day(1)));
      to = sys_days(LastDayOf(y.year(), date::month(first_month + 3)));
    } else if (which == 0) {
      from = begin + days(length / 3);
      to = begin + days(2 * length / 3 - 1);
    } else if (whole.granularity() == TimeRef::YEAR) {
      const year_month_day y{begin};
      if (which < 0) {
        to = sys_days(LastDayOf(y.year(), date::June));
      } else {
        from = sys_days(year_month_day(y.year(), date::July, date::day(1)));
      }
    } else if (whole.granularity() == TimeRef::MONTH) {
      const year_month_day m{begin};
      if (which < 0) {
        to = sys_days(year_month_day(m.year(), m.month(), date::day(15)));
      } else {
        from = sys_days(year_month_day(m.year(), m.month(), date::day(16)));
      }
    } else if (length >= 2) {
      const int first_half = length / 2;
      if (which < 0) {
        to = begin + days(first_half - 1);
      } else {
        from = begin + days(first_half);
      }
    }
    TimeRef part = whole;
    part.set_granularity(TimeRef::PERIOD);
    part.set_begin(Iso(year_month_day(from)));
    part.set_end(Iso(year_month_day(to)));
    return part;
  }

  static year_month_day ParseIso(const std::string& iso) { return Parse(iso); }

 private:
  static year_month_day Parse(const std::string& iso) {
    int y = 0;
    unsigned m = 0, d = 0;
    std::sscanf(iso.c_str(), "%d-%u-%u", &y, &m, &d);
    return year_month_day{date::year(y), date::month(m), date::day(d)};
  }

  const std::vector<Token>& tokens_;
  std::optional<year_month_day> reference_;
};

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
          count = static_cast<int>(tokens[unit_at - 1].value);
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

// Gives `time` the year `year` (YYYY); a year earlier if it would then
// begin after `limit` ends.
void AdoptYear(TimeRef& time, const std::string& year, const TimeRef& limit) {
  const int delta = std::stoi(year) - std::stoi(time.begin().substr(0, 4));
  ShiftYears(time, delta);
  if (time.begin() > limit.end()) ShiftYears(time, -1);
  time.set_relative(false);
}

// "from Oct. 2 to October 22", "between 2015 and Feb 2018", "Jan 1 -
// Jan 22": two dates joined by a connector are one period, from the
// start of the first to the end of the second.
std::vector<Match> JoinRanges(const std::vector<Token>& tokens,
                              std::vector<Match> matches) {
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
                             word(c, "-") || (between && word(c, "and"));
      // "between Feb 1st and March 2019": a first date without its year
      // takes the second's; "from 10/25 to 01/25": a second date that
      // took the reference's year and falls before the first is in the
      // year after.
      if (connector) {
        if (first.year_implied && !second.time.relative()) {
          AdoptYear(first.time, second.time.end().substr(0, 4), second.time);
        } else if (second.time.relative() &&
                   second.time.end() < first.time.begin() &&
                   second.time.granularity() == TimeRef::DAY) {
          ShiftYears(second.time, 1);
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

}  // namespace

std::vector<Mention> FindTimes(absl::string_view text,
                               const std::vector<Token>& tokens,
                               std::optional<year_month_day> reference,
                               std::vector<bool>* taken) {
  if (taken != nullptr) taken->assign(tokens.size(), false);
  TimeScanner scanner(tokens, reference);
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
    matches.push_back(std::move(*match));
  }
  std::vector<Mention> mentions;
  for (Match& match : JoinRanges(tokens, std::move(matches))) {
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

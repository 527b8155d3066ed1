#include "normalize/internal/time_scanner.h"

#include <cstdio>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "normalize/lexicon.h"

namespace claimcheck {
namespace time_internal {

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

const absl::flat_hash_set<absl::string_view>& MonthLeadWords() {
  static const auto* words = new absl::flat_hash_set<absl::string_view>{
      "in",      "since", "by",      "until", "till", "from", "during", "of",
      "last",    "next",  "this",    "early", "late", "mid",  "before", "after",
      "through", "in",    "between", "and",   "to",   "on"};
  return *words;
}

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

const absl::flat_hash_set<absl::string_view>& QuantityWordsBeforeYear() {
  static const auto* words = new absl::flat_hash_set<absl::string_view>{
      "$",      "€",      "£",      "¥",       "than", "about",
      "around", "nearly", "almost", "roughly", "some", "over",
      "under",  "least",  "most",   "only",    "just", "approximately",
      "#",      "no",     "number"};
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

std::optional<Match> TimeScanner::MatchAt(size_t i) {
  if (!CanStartDate(tokens_[i])) return std::nullopt;
  // First: "2100 UTC" is a time, not the year 2100.
  if (auto m = ClockOffset(i)) return m;
  if (auto m = ClockTime(i)) return m;
  // Before Relative(): "the last week of 2015" is not "the last week", nor
  // "last day of October" the day before.
  if (auto m = NthWeek(i)) return m;
  if (auto m = NthWeekday(i)) return m;
  if (auto m = Relative(i)) return m;
  // Before WeekdayAndDate(): "the 3rd quarter" is not "the 3rd".
  if (auto m = Quarter(i)) return m;
  // Before WeekdayAndDate(): "the 21st century" is not "the 21st".
  if (auto m = Century(i)) return m;
  if (auto m = WeekdayAndDate(i)) return m;
  if (auto m = IsoDate(i)) return m;
  if (auto m = NumericDate(i)) return m;
  if (auto m = NumericMonth(i)) return m;
  if (auto m = HalfYear(i)) return m;
  if (auto m = FiscalYear(i)) return m;
  if (auto m = Decade(i)) return m;
  if (auto m = YearRange(i)) return m;
  if (auto m = YearAlone(i)) return m;
  if (auto m = MonthAlone(i)) return m;
  if (auto m = WeekdayAlone(i)) return m;
  if (auto m = CountedWeekdays(i)) return m;
  if (auto m = Season(i)) return m;
  return std::nullopt;
}

bool TimeScanner::CanStartDate(const Token& token) {
  if (token.kind == TokenKind::kNumber) return true;
  if (token.kind != TokenKind::kWord) return false;
  static const auto* starters = new absl::flat_hash_set<absl::string_view>{
      "the", "day", "this", "next", "last", "past", "coming", "current",
      "previous", "upcoming", "yesterday", "today", "tomorrow", "tmrw", "tmr",
      "earlier", "later", "rest", "a", "an", "first", "second", "third",
      "fourth", "fifth", "q", "h", "between", "from", "twenty", "thirty",
      "within", "same", "weekend", "now", "few", "noon", "midnight", "midday",
      "following", "that", "fiscal", "fy", "end", "beginning", "start",
      "middle", "year", "month", "quarter", "in", "half", "one", "spring",
      "summer", "autumn", "fall", "winter",
      // Ordinal days in words that start a range ("eighth to eleventh
      // May"); first to fifth are above.
      "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"};
  return starters->contains(token.norm) || MonthNames().contains(token.norm) ||
         WeekdayNames().contains(token.norm) || IsNumberWord(token);
}

int TimeScanner::TenseDirectionNear(size_t i) const {
  bool verb_seen = false;
  return TenseNear(i, &verb_seen);
}

int TimeScanner::TenseNear(size_t i, bool* verb_seen) const {
  *verb_seen = false;
  constexpr size_t kTenseWindow = 10;
  const Lexicon& lexicon = Lexicon::Default();
  // -1, 0, +1 as above, or 2 when token k is no verb form.
  const auto tense_of = [&](size_t k) -> int {
    const Token& t = tokens_[k];
    if (t.kind != TokenKind::kWord) return 2;
    const absl::string_view w = t.norm;
    if (w == "will" || w == "shall" ||
        (w == "ll" && k > 0 && tokens_[k - 1].norm == "'") ||
        (w == "won" && Symbol(k + 1, "'") && Word(k + 2, "t")) ||
        (w == "going" && Word(k + 1, "to"))) {
      return 1;
    }
    // "expected to rise", "plans to open", "set to": what is prospected
    // lies ahead.
    if (w == "to" && k > 0) {
      static const auto* prospective =
          new absl::flat_hash_set<absl::string_view>{
              "expected", "expects", "expect",    "plans",    "plan", "planned",
              "set",      "due",     "scheduled", "aims",     "aim",  "intends",
              "likely",   "hopes",   "forecast",  "projected"};
      if (prospective->contains(tokens_[k - 1].norm)) return 1;
    }
    if (w == "is" || w == "are" || w == "am" || w == "would" || w == "could" ||
        w == "can" || w == "may") {
      return 0;
    }
    if (w == "was" || w == "were" || w == "had" || w == "did") return -1;
    // A capitalised word inside the sentence is a name ("Rose"), not a verb.
    if (t.capitalized && k > 0) return 2;
    if (absl::EndsWith(w, "s") || absl::EndsWith(w, "ing") || w.size() < 3) {
      return 2;
    }
    // A participle after "be" ("will be held", "has been sold") takes its
    // tense from the words before it.
    if (k > 0 &&
        (tokens_[k - 1].norm == "be" || tokens_[k - 1].norm == "been" ||
         tokens_[k - 1].norm == "being")) {
      return 2;
    }
    return lexicon.Lemma(w, WordClass::kVerb) != w ? -1 : 2;
  };
  for (size_t step = 1; step <= kTenseWindow && step <= i; ++step) {
    const size_t k = i - step;
    if (Symbol(k, ".") || Symbol(k, ";")) break;
    if (const int tense = tense_of(k); tense != 2) {
      *verb_seen = true;
      return tense;
    }
  }
  for (size_t k = i + 1; k < tokens_.size() && k <= i + kTenseWindow; ++k) {
    if (Symbol(k, ".") || Symbol(k, ";")) break;
    if (const int tense = tense_of(k); tense != 2) {
      *verb_seen = true;
      return tense;
    }
  }
  return 0;
}

bool EndsOrdinal(absl::string_view w) {
  return absl::EndsWith(w, "th") || absl::EndsWith(w, "st") ||
         absl::EndsWith(w, "nd") || absl::EndsWith(w, "rd");
}

bool TimeScanner::IntegerAt(size_t i, int min_digits, int max_digits) const {
  if (i >= tokens_.size()) return false;
  const Token& t = tokens_[i];
  // An exponent's "e" counts in norm's size: "3e25" is no four-digit year.
  const int digits = static_cast<int>(t.norm.size());
  return t.kind == TokenKind::kNumber && t.decimals == 0 && !t.has_separator &&
         !t.exponent && digits >= min_digits && digits <= max_digits;
}

bool TimeScanner::YearAt(size_t i) const {
  return IntegerAt(i, 4, 4) && IntAt(i) >= 1000 && IntAt(i) <= 2999;
}

std::optional<int> TimeScanner::WordYearAt(size_t i, size_t* end) const {
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

size_t TimeScanner::MonthAt(size_t i, unsigned* month) const {
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
        (i > 0 && WeekdayNames().contains(tokens_[i - 1].norm)) ||
        // "21st aug": a numeric ordinal day before it.
        (i >= 2 && tokens_[i - 2].kind == TokenKind::kNumber &&
         tokens_[i - 1].kind == TokenKind::kWord &&
         !tokens_[i - 1].space_before && EndsOrdinal(tokens_[i - 1].norm));
    // "march 3rd", "may twenty-first", "the first of march": with an
    // ordinal day next to them, "may" and "march" are months too.
    const bool verb_form =
        tokens_[i].norm == "may" || tokens_[i].norm == "march";
    if (verb_form || (!led && !day_follows)) {
      unsigned day = 0;
      const size_t day_end = DayAt(i + 1, &day, /*words=*/true);
      const bool ordinal_next =
          day_end > i + 1 && EndsOrdinal(tokens_[day_end - 1].norm);
      const bool ordinal_before = i >= 2 && Word(i - 1, "of") &&
                                  tokens_[i - 2].kind == TokenKind::kWord &&
                                  EndsOrdinal(tokens_[i - 2].norm);
      if (!ordinal_next && !ordinal_before) return 0;
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

size_t TimeScanner::DayAt(size_t i, unsigned* day, bool words) const {
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

size_t TimeScanner::WeekdayAt(size_t i, unsigned* weekday) const {
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

TimeRef TimeScanner::Period(const year_month_day& begin,
                            const year_month_day& end,
                            TimeRef::Granularity granularity,
                            bool relative) const {
  TimeRef time;
  time.set_begin(Iso(begin));
  time.set_end(Iso(end));
  time.set_granularity(granularity);
  time.set_relative(relative);
  time.set_resolved(true);
  return time;
}

TimeRef TimeScanner::Unresolved(TimeRef::Granularity granularity) const {
  TimeRef time;
  time.set_granularity(granularity);
  time.set_relative(true);
  time.set_resolved(false);
  return time;
}

TimeRef TimeScanner::Day(const year_month_day& ymd, bool relative) const {
  return Period(ymd, ymd, TimeRef::DAY, relative);
}

TimeRef TimeScanner::Month(date::year y, date::month m, bool relative) const {
  return Period(year_month_day(y, m, date::day(1)), LastDayOf(y, m),
                TimeRef::MONTH, relative);
}

TimeRef TimeScanner::Year(date::year y, bool relative) const {
  return Period(year_month_day(y, date::January, date::day(1)),
                year_month_day(y, date::December, date::day(31)), TimeRef::YEAR,
                relative);
}

TimeRef TimeScanner::QuarterOf(date::year y, unsigned quarter,
                               bool relative) const {
  const date::month first(3 * (quarter - 1) + 1);
  const date::month last(3 * quarter);
  return Period(year_month_day(y, first, date::day(1)), LastDayOf(y, last),
                TimeRef::QUARTER, relative);
}

std::optional<Match> TimeScanner::DateMatch(size_t begin, size_t end, int year,
                                            unsigned month, unsigned day,
                                            bool relative) const {
  const year_month_day ymd{date::year(year), date::month(month),
                           date::day(day)};
  if (!ymd.ok()) return Match{begin, end, TimeRef(), true};
  return Match{begin, end, Day(ymd, relative)};
}

std::optional<int> TimeScanner::OffsetWordAt(size_t k) const {
  if (Word(k, "last") || Word(k, "previous")) return -1;
  if (Word(k, "this") || Word(k, "current")) return 0;
  if (Word(k, "next") || Word(k, "upcoming")) return 1;
  return std::nullopt;
}

std::optional<int> TimeScanner::TwoDigitYearAt(size_t i, size_t* end) const {
  const bool apostrophe =
      Symbol(i, "'") && i + 1 < tokens_.size() && !tokens_[i + 1].space_before;
  const size_t k = apostrophe ? i + 1 : i;
  if (!IntegerAt(k, 2, 2)) return std::nullopt;
  const bool joined_by_mark = k >= 1 && JoinedByMarkAt(k - 1);
  // "on 3 Aug 96 people died": bare digits count the word after them;
  // "Oct 26 11:00" starts a clock.
  if (!apostrophe && !joined_by_mark && k + 1 < tokens_.size() &&
      (tokens_[k + 1].kind == TokenKind::kWord || Symbol(k + 1, ":"))) {
    return std::nullopt;
  }
  // The century that puts the year at most ten years after the reference
  // (the day it is read, without one): "15" is 2015 in 2013, "96" 1996.
  const int pivot_year =
      reference_ ? static_cast<int>(reference_->year()) + 10 : 2040;
  int year = 2000 + IntAt(k);
  if (year > pivot_year) year -= 100;
  *end = k + 1;
  return year;
}

std::optional<int> TimeScanner::YearOf(size_t* end, bool* relative) const {
  size_t j = *end;
  if (Symbol(j, ",") && YearAt(j + 1)) ++j;
  if (YearAt(j)) {
    *end = j + 1;
    *relative = false;
    return IntAt(j);
  }
  {
    const size_t k = Symbol(j, ",") ? j + 1 : j;
    size_t two_digit_end = 0;
    if (std::optional<int> year = TwoDigitYearAt(k, &two_digit_end)) {
      *end = two_digit_end;
      *relative = false;
      return year;
    }
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

TimeRef TimeScanner::WeekdayOfWeek(unsigned weekday, int offset) const {
  const sys_days ref{*reference_};
  const sys_days monday =
      ref - days(date::weekday(ref).iso_encoding() - 1) + days(7 * offset);
  return Day(year_month_day(monday + days(weekday - 1)), true);
}

bool TimeScanner::IsTomorrow(size_t i) const {
  return Word(i, "tomorrow") || Word(i, "tmrw") || Word(i, "tmr");
}

TimeScanner::Unit TimeScanner::UnitOf(absl::string_view word) {
  if (word == "day" || word == "days") return Unit::kDay;
  if (word == "week" || word == "weeks") return Unit::kWeek;
  if (word == "month" || word == "months") return Unit::kMonth;
  // "this qtr", "last yr": abbreviations of headlines and notes.
  if (word == "quarter" || word == "quarters" || word == "qtr" ||
      word == "qtrs") {
    return Unit::kQuarter;
  }
  if (word == "year" || word == "years" || word == "yr" || word == "yrs") {
    return Unit::kYear;
  }
  if (word == "decade" || word == "decades") return Unit::kDecade;
  return Unit::kNone;
}

std::vector<std::pair<int, TimeScanner::Unit>> TimeScanner::OffsetParts(
    size_t i, size_t* last_unit) const {
  std::vector<std::pair<int, Unit>> parts;
  std::optional<ParsedNumber> n = CountAt(i);
  while (n && n->end < tokens_.size()) {
    Unit unit = UnitOf(tokens_[n->end].norm);
    int count = static_cast<int>(n->value);
    // "a fortnight ago": two weeks as an offset; no calendar period is
    // named by it ("last fortnight" is no week of the calendar).
    if (Word(n->end, "fortnight") || Word(n->end, "fortnights")) {
      unit = Unit::kWeek;
      count *= 2;
    }
    if (unit == Unit::kNone) break;
    parts.emplace_back(count, unit);
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

year_month_day TimeScanner::Shift(const year_month_day& ymd, Unit unit,
                                  int count) {
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

TimeRef TimeScanner::PeriodOf(Unit unit, int offset) const {
  return PeriodAround(*reference_, unit, offset);
}

TimeRef TimeScanner::PeriodAround(const year_month_day& ref, Unit unit,
                                  int offset) const {
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
          year_month_day(date::year(first + 9), date::December, date::day(31)),
          TimeRef::DECADE, true);
      return t;
    }
    case Unit::kNone:
      break;
  }
  return Unresolved(TimeRef::GRANULARITY_UNSPECIFIED);
}

std::optional<ParsedNumber> TimeScanner::CountAt(size_t i) const {
  const size_t few_at = Word(i, "a") ? i + 1 : i;
  if (Word(few_at, "few")) {
    ParsedNumber three;
    three.value = 3;
    three.end = few_at + 1;
    return three;
  }
  // "a couple of days", "couple of weeks": two, as the quantity grammar
  // reads it.
  if (Word(few_at, "couple") && Word(few_at + 1, "of")) {
    ParsedNumber two;
    two.value = 2;
    two.end = few_at + 2;
    return two;
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

TimeRef TimeScanner::PartOf(const TimeRef& whole, int which, bool noun) {
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

// `iso` is what Iso() wrote: YYYY-MM-DD, the year longer or negative
// ("-044-03-15") far from now. The fields split at the last two dashes and
// are read with absl::SimpleAtoi rather than sscanf, which left a field it
// could not read at 0 and said so only in a count nobody checked. Text
// that is not three such fields gives 0-00-00, a date that is not ok();
// callers pass only Iso()'s output.
year_month_day TimeScanner::Parse(const std::string& iso) {
  const year_month_day unreadable{date::year(0), date::month(0), date::day(0)};
  const absl::string_view text = iso;
  const size_t day_dash = text.rfind('-');
  if (day_dash == absl::string_view::npos || day_dash == 0) return unreadable;
  const size_t month_dash = text.rfind('-', day_dash - 1);
  if (month_dash == absl::string_view::npos || month_dash == 0) {
    return unreadable;
  }
  int y = 0;
  unsigned m = 0, d = 0;
  if (!absl::SimpleAtoi(text.substr(0, month_dash), &y) ||
      !absl::SimpleAtoi(text.substr(month_dash + 1, day_dash - month_dash - 1),
                        &m) ||
      !absl::SimpleAtoi(text.substr(day_dash + 1), &d)) {
    return unreadable;
  }
  return year_month_day{date::year(y), date::month(m), date::day(d)};
}

void TimeScanner::SetAnchor(const TimeRef& time) {
  const TimeRef::Granularity g = time.granularity();
  if (time.resolved() && !time.begin().empty() &&
      (g == TimeRef::DAY || g == TimeRef::MONTH || g == TimeRef::QUARTER ||
       g == TimeRef::YEAR)) {
    anchor_ = time;
  }
}

TimeScanner::Unit TimeScanner::AnchorUnit() const {
  if (!anchor_) return Unit::kNone;
  switch (anchor_->granularity()) {
    case TimeRef::DAY:
      return Unit::kDay;
    case TimeRef::MONTH:
      return Unit::kMonth;
    case TimeRef::QUARTER:
      return Unit::kQuarter;
    case TimeRef::YEAR:
      return Unit::kYear;
    default:
      return Unit::kNone;
  }
}

std::optional<TimeRef> TimeScanner::FromAnchor(Unit unit, int offset) const {
  const Unit anchor_unit = AnchorUnit();
  // "the following day" after "in 2019" names no day.
  if (anchor_unit == Unit::kNone || unit == Unit::kNone ||
      unit == Unit::kDecade || unit < anchor_unit) {
    return std::nullopt;
  }
  return PeriodAround(Parse(anchor_->begin()), unit, offset);
}

std::optional<TimeRef> TimeScanner::ShiftedAnchor(
    const std::vector<std::pair<int, Unit>>& parts, int direction) const {
  const Unit anchor_unit = AnchorUnit();
  if (anchor_unit == Unit::kNone) return std::nullopt;
  year_month_day day = Parse(anchor_->begin());
  for (const auto& [count, unit] : parts) {
    // "three days later" than "March 2020" is no day we know.
    if (unit < anchor_unit) return std::nullopt;
    day = Shift(day, unit, count * direction);
  }
  return PeriodAround(day, anchor_unit, 0);
}

}  // namespace time_internal
}  // namespace claimcheck

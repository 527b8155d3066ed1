// peer_runner: measures the normaliser against other projects' test suites,
// ../shared/external/recognizers (Microsoft Recognizers-Text, English),
// ../shared/external/duckling (facebook/duckling, English) and
// ../shared/external/chrono (chrono-node, English), and prints, per file,
// the cases in scope, passed and failed, and each failure.
//
//   bazel run -c opt //tools:peer_runner -- $PWD/../shared/external
//   [--failures]
//
// Scope is decided by kind, never by case. In scope: number, percentage,
// currency, date, daterange and duration mentions, and the cases that expect
// nothing (they test that we do not invent a mention). Out of scope:
// dimensions, and numberrange (its interval notation counts a range such as
// "between 20 and 30" as [20,30), a convention of its own). Money whose
// currency has no ISO 4217 code (Bitcoin, Satoshi, the Franc or Riyal with
// no country, pre-euro currencies the peer names without a code) is counted
// apart, as "no ISO": a Quantity records money by its ISO code, so
// claimcheck cannot hold that kind.
//
// A case passes when each expected mention has one of ours that overlaps it
// with the same value, and we report no more mentions of that kind than it
// expects. Conventions mapped once:
//   - currency: the peer's unit "Dollar" (no country) is our bare-dollar
//     rule (USD); "Cent"/"Penny" are hundredths of it, "Pence" of GBP,
//     "Pound" is GBP; with an isoCurrency that code must match; other
//     currencies without a code (Franc, Bitcoin...) we do not know: fail.
//   - dates: the peer gives a past and a future reading of a relative date;
//     either one is accepted. Date ranges: its endDate may be exclusive, so
//     our inclusive end or the day after it may equal endDate. A range we
//     read otherwise on purpose is counted apart, as "convention" (checked
//     against our convention, as for Duckling below): a range that ends
//     with a month or year runs through it in claimcheck ("2014-2018"
//     through 2018, "between 2015 and Feb 2018" through February) and to
//     its start in the peer; windows of N units as for Duckling.
//   - durations compare in days, the peer's units converted with ours
//     (month 30.4375 days, year 365.25 days), so "3 months" is 3 months.
//   - Duckling money: "Unnamed" is a number with no currency; "under"/
//     "above" compare the one bound given, whatever its inclusiveness;
//     duckling's latent rows count (claimcheck always reads bare numbers).
//     The "7-9 lakh rupees" row is a data error (see its README): skipped.
//
// Two time suites, duckling/time.tsv (Duckling's English time corpus,
// reference 2013-02-12 04:30 at UTC-2) and chrono/en.tsv (chrono-node's
// English tests). claimcheck's TimeRef is a day interval [begin, end] with a
// granularity, or a TIME_OF_DAY clock "HH:MM" whose day is set only when the
// text names one; relative phrases resolve against the reference DAY. Rows
// outside that model are counted apart, in the "out of model" column, by a
// rule on the row's kind, never case by case (--failures lists the counts
// per rule). The phrase is all the text there is, so spans are not checked.
//   Duckling, out of model, in this order: a named holiday (the `extra`
//   column is set, or the phrase names Christmas or Easter); an open
//   interval (kind after/before: "since 2014", "until 2pm"); a value that is
//   no calendar day (B.C., no upper bound); a season with no name ("this
//   season": in news as often a sport's; named seasons are in scope, on
//   claimcheck's days, which are Duckling's); a time zone named (the peer
//   converts the clock to UTC-2; claimcheck keeps the clock as written with its
//   zone). Then, for rows of grain hour, minute or second: latent rows (a bare
//   number read as an hour, "7", "ten thirty": claimcheck reads bare numbers as
//   counts); intervals that start at the reference moment 04:30 ("by EOD",
//   "within 2 weeks"); phrases that write no clock (digits with ":" or "h",
//   am/pm, o'clock, noon, midnight, midday, "at"/"@" and a digit) and count
//   from the reference moment (now, ATM, at the moment, ago, hence, "from now",
//   "in" plus an amount, "last/next N hours"): offsets in seconds, minutes or
//   hours are out of model, offsets in days or weeks ("7 days ago", "in a
//   day", at hour grain in Duckling) are compared as that DAY; intervals
//   that name a part of day and write no clock ("tonight", "this morning",
//   "after lunch", weekends at hour grain); intervals of a clock and a
//   length ("4pm for 30 mins").
//   Duckling, in scope: day, week, month, quarter and year grains pass when
//   we give exactly one time mention whose [begin, end] is [low, high - 1
//   day] (value rows: low = value, high = value + one grain). Sub-day value
//   rows are clocks: exactly one TIME_OF_DAY mention with the row's HH:MM
//   (seconds dropped); sub-day intervals are clock ranges: exactly two
//   TIME_OF_DAY mentions, the first = low, the second = high minus one grain
//   (Duckling's end is exclusive at the grain: "9:30 - 11:00" ends 11:01,
//   "3-4pm" ends 17:00). A clock's day: when ours has one (its own, else
//   that of our single DAY mention) it must be the row's day; when ours has
//   none, the row's day must be the reference day, or the next day for a
//   clock before 04:30 (Duckling's next occurrence of a bare clock).
//   Latent rows of day grain or coarser ("1974", "May", "the 24") are in
//   scope like corpus rows; negative rows pass when we give no time mention.
//   Duckling, convention: a row of day grain or coarser that we read
//   otherwise than Duckling, of a kind where claimcheck's convention differs
//   on purpose, is counted apart in the "convention" column, and --failures
//   says per rule how many of those we read as our own convention says
//   (checked, not assumed): a window of N >= 2 units from the reference
//   ("last 2 weeks", "upcoming two months": Duckling's whole calendar
//   units before or after the current one, or the one unit N ahead; ours
//   the N units up to the reference day or from the day after it); "N
//   units ago" (Duckling's day or month; ours the period of the unit that
//   holds it); a part of a period ("beginning of the month", "late March",
//   "end of next week", "EOY": Duckling's ten days, three or four months,
//   Friday to Sunday; ours halves of a month, thirds of a year, Thursday to
//   Sunday, which must hold Duckling's interval and share its edge); an
//   untensed weekday, also with a clock ("on Thursday", "this Monday",
//   "9:30 - 11:00 on Thursday": Duckling's next; ours the latest, as news
//   reports what happened; read when Duckling's day a week earlier is ours).
//   chrono: the reference is the row's `refdate` (ISO, JavaScript Date
//   arguments with months from 0, a Date string, epoch milliseconds); empty
//   is chrono's own default, new Date(): the day the runner runs (rows
//   without a refdate check absolute dates only). A refdate that names a
//   variable of the test ("refDate") or no real day is out of model. Also
//   out of model: the en.GB and little-endian parsers (day-first numeric
//   dates; claimcheck reads month first), custom and fr configurations; a
//   bare year expected to give nothing ("2020": claimcheck reads a bare
//   1900-2100 as a year, by design); a row expecting a date whose phrase
//   counts seconds, minutes or hours or is "now" ("12 hours ago",
//   "+15min"); a row checking an hour whose phrase names a part of day and
//   writes no clock ("this evening" = 20:00); a B.C. year. chrono.strict
//   rows are in scope (claimcheck has one mode). `<none>` rows pass when we
//   give no time mention. Otherwise our mentions overlapping match_text
//   (all of them when it is empty) are compared on the components the row
//   checks: start year/month/day with the begin of one of them (when ours
//   is wider than a day and the row has no end, the start day may lie
//   inside it: chrono gives instants, "next year" = the same day next
//   year); end components with the end of one of them; hour/minute only
//   when the phrase writes a clock (else they are chrono's implied noon or
//   reference time), then as one TIME_OF_DAY clock each for start and end.
//   When we give only clocks without a day, the row's dates are chrono's
//   implied ones (the reference day or, for a clock already past, a later
//   one) and are not checked. A
//   row that checks no component passes when we give a time mention there.
#include <cmath>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "date/date.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "normalize/normalizer.h"
#include "normalize/time.h"

namespace claimcheck {
namespace {

using google::protobuf::ListValue;
using google::protobuf::Struct;
using google::protobuf::Value;

struct Tally {
  std::string file;
  int total = 0;
  int in_scope = 0;
  // In scope by the first rule, but money in a currency with no ISO 4217
  // code, which a Quantity cannot hold (see the top of this file).
  int no_iso_code = 0;
  int passed = 0;
  // Rows outside claimcheck's time model (see the top of this file), by rule.
  int out_of_model = 0;
  std::map<std::string, int> out_of_model_by_rule;
  // Rows where claimcheck's convention differs from the peer's on purpose
  // (see the top of this file), by rule, and how many of them we read as
  // our own convention says.
  int convention = 0;
  std::map<std::string, std::pair<int, int>> convention_by_rule;
  std::vector<std::string> failures;

  // Counts a row apart under convention `rule`; `read`: we read it as our
  // convention says (else it is listed with what we gave, `got`).
  void CountConvention(const std::string& rule, bool read,
                       const std::string& row, const std::string& got) {
    ++convention;
    auto& [rows, ours_read] = convention_by_rule[rule];
    ++rows;
    ours_read += read;
    if (!read) {
      failures.push_back(absl::StrCat(
          "convention, not read as ours says: ", row, " | got", got));
    }
  }
};

bool Near(double a, double b) {
  return std::abs(a - b) <= 1e-6 * std::max(1.0, std::abs(b));
}

std::string Field(const Struct& s, const std::string& name) {
  auto it = s.fields().find(name);
  if (it == s.fields().end()) return "";
  if (it->second.has_string_value()) return it->second.string_value();
  if (it->second.has_number_value()) {
    return absl::StrCat(it->second.number_value());
  }
  return "";
}

const Struct* Object(const Struct& s, const std::string& name) {
  auto it = s.fields().find(name);
  if (it == s.fields().end() || !it->second.has_struct_value()) return nullptr;
  return &it->second.struct_value();
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The rows of a tab-separated file after its header line, each cut or
// padded to `columns` fields (missing ones empty); blank lines are skipped.
std::vector<std::vector<std::string>> TsvRows(const std::string& path,
                                              size_t columns) {
  std::istringstream in(ReadFile(path));
  std::string line;
  std::getline(in, line);  // header
  std::vector<std::vector<std::string>> rows;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    std::vector<std::string> fields = absl::StrSplit(line, '\t');
    fields.resize(columns);
    rows.push_back(std::move(fields));
  }
  return rows;
}

bool Overlaps(const Mention& m, int begin, int end_exclusive) {
  return static_cast<int>(m.begin()) < end_exclusive &&
         begin < static_cast<int>(m.end());
}

double DurationUnitDays(const std::string& unit);

// The number a quantity mention stands for, as the peer writes it: "$20"
// is 20 and "3 years" is 3 to its number model.
double PlainValue(const Quantity& q) {
  double value = q.approx() == Quantity::RANGE ? q.low() : q.value();
  if (q.from_fraction()) value /= 100;
  if (q.unit() == Quantity::DURATION_DAYS && !q.unit_text().empty()) {
    value /= DurationUnitDays(q.unit_text());
  }
  return value;
}

enum class Kind { kNumber, kPercent, kCurrency, kDate, kDateRange, kDuration };

bool IsOfKind(const Mention& m, Kind kind) {
  switch (kind) {
    case Kind::kNumber:
      return m.has_quantity();
    case Kind::kPercent:
      return m.has_quantity() && m.quantity().unit() == Quantity::PERCENT;
    case Kind::kCurrency:
      return m.has_quantity() && m.quantity().unit() == Quantity::MONEY;
    case Kind::kDate:
    case Kind::kDateRange:
      // Recognizers' date and date-range specs test dates; a time of day
      // ("this week 8am") is its time model's, not an extra date.
      return m.has_time() && m.time().granularity() != TimeRef::TIME_OF_DAY;
    case Kind::kDuration:
      return m.has_quantity() && m.quantity().unit() == Quantity::DURATION_DAYS;
  }
  return false;
}

// Days in one unit of a Timex duration letter ('T' marks time units).
double TimexUnitDays(char unit, bool time_part) {
  if (time_part) {
    return unit == 'H' ? 1.0 / 24 : unit == 'M' ? 1.0 / 1440 : 1.0 / 86400;
  }
  switch (unit) {
    case 'Y':
      return 365.25;
    case 'M':
      return 30.4375;
    case 'W':
      return 7;
    case 'D':
      return 1;
  }
  return 0;
}

// "P3.5Y", "PT3H", "P1DT2H" in days.
std::optional<double> TimexDays(absl::string_view timex) {
  if (!absl::ConsumePrefix(&timex, "P")) return std::nullopt;
  double days = 0;
  bool time_part = false;
  std::string number;
  for (char c : timex) {
    if (c == 'T') {
      time_part = true;
    } else if ((c >= '0' && c <= '9') || c == '.') {
      number.push_back(c);
    } else {
      double n = 0;
      if (!absl::SimpleAtod(number, &n)) return std::nullopt;
      const double unit = TimexUnitDays(c, time_part);
      if (unit == 0) return std::nullopt;
      days += n * unit;
      number.clear();
    }
  }
  return days;
}

// The day after `iso` (YYYY-MM-DD); "" when `iso` is no such date.
// ParseIsoDay rather than sscanf, which took "2015-02-31" and "2015-3-5".
std::string NextDay(const std::string& iso) {
  const std::optional<date::year_month_day> day = claimcheck::ParseIsoDay(iso);
  if (!day) return "";
  const date::year_month_day next{date::sys_days(*day) + date::days(1)};
  char buffer[16];
  std::snprintf(
      buffer, sizeof(buffer), "%04d-%02u-%02u", static_cast<int>(next.year()),
      static_cast<unsigned>(next.month()), static_cast<unsigned>(next.day()));
  return buffer;
}

std::string CurrencyOfPeerUnit(const std::string& unit, const std::string& iso,
                               double* factor) {
  *factor = 1;
  if (!iso.empty()) return iso;
  if (unit == "Dollar") return "USD";
  if (unit == "Cent" || unit == "Penny") {
    *factor = 0.01;
    return "USD";
  }
  if (unit == "Pence") {
    *factor = 0.01;
    return "GBP";
  }
  if (unit == "Pound") return "GBP";
  if (unit == "Rupee") return "INR";
  return "";
}

std::string Describe(const std::vector<Mention>& mentions) {
  std::string text;
  for (const Mention& m : mentions) {
    absl::StrAppend(&text, " [", m.text(), " = ");
    if (m.has_time()) {
      absl::StrAppend(&text, m.time().begin(), "..", m.time().end());
      if (m.time().granularity() == TimeRef::TIME_OF_DAY) {
        absl::StrAppend(&text, " @", m.time().clock());
        if (!m.time().clock_zone().empty()) {
          absl::StrAppend(&text, " ", m.time().clock_zone());
        }
      } else {
        absl::StrAppend(&text, " ",
                        TimeRef::Granularity_Name(m.time().granularity()));
      }
    } else {
      absl::StrAppend(&text, m.quantity().low(), "..", m.quantity().high(), " ",
                      Quantity::Unit_Name(m.quantity().unit()), " ",
                      m.quantity().currency());
    }
    absl::StrAppend(&text, "]");
  }
  return text;
}

// One expected mention of a recognizers case against ours.
bool Matches(const Struct& expected, const Mention& m, Kind kind) {
  const Struct* resolution = Object(expected, "Resolution");
  const Struct* value = Object(expected, "Value");
  switch (kind) {
    case Kind::kNumber: {
      double v = 0;
      if (resolution == nullptr ||
          !absl::SimpleAtod(Field(*resolution, "value"), &v)) {
        return false;
      }
      return Near(PlainValue(m.quantity()), v) || Near(m.quantity().value(), v);
    }
    case Kind::kPercent: {
      double v = 0;
      const std::string written = resolution ? Field(*resolution, "value") : "";
      absl::string_view text = written;
      absl::ConsumeSuffix(&text, "%");
      if (!absl::SimpleAtod(text, &v)) return false;
      return Near(m.quantity().value(), v);
    }
    case Kind::kCurrency: {
      double v = 0, factor = 1;
      if (resolution == nullptr ||
          !absl::SimpleAtod(Field(*resolution, "value"), &v)) {
        return false;
      }
      const std::string currency =
          CurrencyOfPeerUnit(Field(*resolution, "unit"),
                             Field(*resolution, "isoCurrency"), &factor);
      return !currency.empty() && currency == m.quantity().currency() &&
             Near(m.quantity().value(), v * factor);
    }
    case Kind::kDate: {
      if (value == nullptr) return false;
      for (const char* reading : {"FutureResolution", "PastResolution"}) {
        const Struct* r = Object(*value, reading);
        if (r != nullptr && Field(*r, "date") == m.time().begin() &&
            m.time().begin() == m.time().end()) {
          return true;
        }
      }
      return false;
    }
    case Kind::kDateRange: {
      if (value == nullptr) return false;
      // A season has only its Timex ("2016-SU", "SU"): ours must start on
      // that season's first day (in that year, when it names one).
      static const std::regex season_timex("(\\d{4}-)?(SP|SU|FA|WI)");
      std::smatch season;
      const std::string timex = Field(*value, "Timex");
      if (std::regex_match(timex, season, season_timex)) {
        const std::map<std::string, std::string> first_days = {
            {"SP", "-03-21"},
            {"SU", "-06-21"},
            {"FA", "-09-24"},
            {"WI", "-12-21"}};
        const std::string& begin = m.time().begin();
        return begin.size() == 10 &&
               absl::EndsWith(begin, first_days.at(season[2].str())) &&
               (!season[1].matched ||
                absl::StartsWith(begin, season[1].str().substr(0, 4)));
      }
      for (const char* reading : {"FutureResolution", "PastResolution"}) {
        const Struct* r = Object(*value, reading);
        if (r == nullptr) continue;
        const std::string end = Field(*r, "endDate");
        if (Field(*r, "startDate") == m.time().begin() &&
            (end == m.time().end() || end == NextDay(m.time().end()))) {
          return true;
        }
      }
      return false;
    }
    case Kind::kDuration: {
      if (value == nullptr) return false;
      std::optional<double> days = TimexDays(Field(*value, "Timex"));
      return days && Near(m.quantity().value(), *days);
    }
  }
  return false;
}

std::optional<Kind> KindOfType(const std::string& type) {
  if (type == "number") return Kind::kNumber;
  if (type == "percentage") return Kind::kPercent;
  if (type == "currency") return Kind::kCurrency;
  if (type == "date") return Kind::kDate;
  if (type == "daterange") return Kind::kDateRange;
  if (type == "duration") return Kind::kDuration;
  return std::nullopt;
}

double DurationUnitDays(const std::string& unit) {
  if (unit == "second") return 1.0 / 86400;
  if (unit == "fortnight") return 14;
  if (unit == "decade") return 3652.5;
  if (unit == "century") return 36525;
  if (unit == "minute") return 1.0 / 1440;
  if (unit == "hour") return 1.0 / 24;
  if (unit == "day") return 1;
  if (unit == "week") return 7;
  if (unit == "month") return 30.4375;
  if (unit == "quarter") return 91.3125;
  if (unit == "year") return 365.25;
  return 0;
}

Tally RunDucklingFile(const std::string& path, Kind kind) {
  Tally tally;
  tally.file = path.substr(path.rfind('/') + 1);
  for (std::vector<std::string>& f : TsvRows(path, 8)) {
    ++tally.total;
    const std::string& section = f[0];
    const std::string& phrase = f[1];
    const std::string& shape = f[2];
    if (phrase == "7-9 lakh rupees") continue;  // data error, see README
    if (kind == Kind::kCurrency && !f[6].empty() && f[6] != "Unnamed" &&
        f[6].size() != 3) {
      double factor = 1;
      if (CurrencyOfPeerUnit(f[6], "", &factor).empty()) {
        ++tally.no_iso_code;
        continue;
      }
    }
    ++tally.in_scope;
    const std::vector<Mention> ours =
        Normalize(phrase, ParseIsoDay("2013-02-12"), {});
    std::vector<const Mention*> of_kind;
    for (const Mention& m : ours) {
      if (m.has_quantity() &&
          (kind != Kind::kDuration ||
           m.quantity().unit() == Quantity::DURATION_DAYS)) {
        of_kind.push_back(&m);
      }
    }
    bool pass = false;
    if (section == "negative") {
      pass = of_kind.empty();
    } else if (of_kind.size() == 1) {
      const Quantity& q = of_kind[0]->quantity();
      double value = 0, low = 0, high = 0;
      absl::SimpleAtod(f[3], &value);
      absl::SimpleAtod(f[4], &low);
      absl::SimpleAtod(f[5], &high);
      const std::string& unit = f[6];
      if (kind == Kind::kNumber) {
        pass = Near(PlainValue(q), value);
      } else if (kind == Kind::kDuration) {
        pass = q.unit() == Quantity::DURATION_DAYS &&
               Near(q.value(), value * DurationUnitDays(unit));
      } else {
        double factor = 1;
        std::string currency = CurrencyOfPeerUnit(unit, "", &factor);
        if (unit.size() == 3 && unit != "Sen") currency = unit;
        const bool currency_ok =
            unit == "Unnamed"
                ? q.unit() != Quantity::MONEY
                : (q.unit() == Quantity::MONEY && q.currency() == currency);
        if (shape == "value") {
          pass = currency_ok && Near(q.value(), value * factor);
        } else if (shape == "interval") {
          pass = currency_ok && q.approx() == Quantity::RANGE &&
                 Near(q.low(), low * factor) && Near(q.high(), high * factor);
        } else if (shape == "under") {
          pass = currency_ok && std::isfinite(q.high()) &&
                 Near(q.high(), high * factor) && q.low() == 0;
        } else if (shape == "above") {
          pass = currency_ok && std::isinf(q.high()) &&
                 Near(q.low(), low * factor);
        }
      }
    }
    if (pass) {
      ++tally.passed;
    } else {
      tally.failures.push_back(
          absl::StrCat(section, " ", phrase, " | want ", shape, " ", f[3], f[4],
                       "-", f[5], " ", f[6], " | got", Describe(ours)));
    }
  }
  return tally;
}

// ---- time suites ---------------------------------------------------------

std::string Lower(absl::string_view text) {
  std::string out(text);
  for (char& c : out)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool Contains(const std::string& text, const char* pattern) {
  return std::regex_search(text, std::regex(pattern));
}

// The phrase writes a time of day: digits with ":" or "h" ("3:30",
// "15h00", "15h"), am/pm in any spelling, o'clock, noon, midnight, midday,
// or "at"/"@" and a digit.
bool WritesClock(const std::string& lower) {
  return Contains(lower, "\\d[:.]\\d\\d") ||
         Contains(lower, "\\d\\dh(\\d|\\b)|(^|[^\\d/.])\\dh\\d\\d") ||
         Contains(lower, "(^|[^a-z])(am|pm|a\\.m|p\\.m|a m|p m)([^a-z]|$)") ||
         Contains(lower, "\\d(a|p)\\.?($|\\s)") ||
         Contains(lower, "o'?\\s?clock|\\b(noon|midnight|mid ?day)\\b") ||
         Contains(lower, "(\\bat|@)\\s*\\d");
}

// The phrase counts seconds, minutes or hours.
bool NamesSubDayUnit(const std::string& lower) {
  return Contains(lower, "\\b(hours?|hrs?|mins?|minutes?|seconds?|secs?)\\b") ||
         Contains(lower,
                  "\\d\\s*(h|m|s|hrs?|hours?|mins?|minutes?|secs?)\\b") ||
         Contains(lower, "\\d\\s*['\"]");
}

bool NamesPartOfDay(const std::string& lower) {
  return Contains(lower,
                  "morning|afternoon|evening|night|tonight|tonite|lunch|"
                  "week-?\\s?end|wkend|school|\\beod\\b");
}

struct Moment {
  date::year_month_day day;
  int hour = 0, minute = 0, second = 0;
};

// "2013-02-12T04:30:00".
std::optional<Moment> ParseMoment(const std::string& iso) {
  if (iso.size() < 19 || iso[10] != 'T') return std::nullopt;
  std::optional<date::year_month_day> day = ParseIsoDay(iso.substr(0, 10));
  if (!day) return std::nullopt;
  Moment m;
  m.day = *day;
  if (!absl::SimpleAtoi(iso.substr(11, 2), &m.hour) ||
      !absl::SimpleAtoi(iso.substr(14, 2), &m.minute) ||
      !absl::SimpleAtoi(iso.substr(17, 2), &m.second)) {
    return std::nullopt;
  }
  return m;
}

std::string IsoOf(date::year_month_day day) {
  char buffer[16];
  std::snprintf(
      buffer, sizeof(buffer), "%04d-%02u-%02u", static_cast<int>(day.year()),
      static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
  return buffer;
}

date::year_month_day AddDays(date::year_month_day day, int n) {
  return date::year_month_day{date::sys_days(day) + date::days(n)};
}

// `m` minus one unit of `grain` (hour, minute or second).
Moment MinusGrain(const Moment& m, const std::string& grain) {
  long seconds = m.hour * 3600L + m.minute * 60L + m.second;
  seconds -= grain == "hour" ? 3600 : grain == "minute" ? 60 : 1;
  Moment out = m;
  if (seconds < 0) {
    seconds += 86400;
    out.day = AddDays(m.day, -1);
  }
  out.hour = static_cast<int>(seconds / 3600);
  out.minute = static_cast<int>(seconds / 60 % 60);
  out.second = static_cast<int>(seconds % 60);
  return out;
}

std::string ClockOf(int hour, int minute) {
  char buffer[8];
  std::snprintf(buffer, sizeof(buffer), "%02d:%02d", hour, minute);
  return buffer;
}

std::vector<const Mention*> TimeMentions(const std::vector<Mention>& ours) {
  std::vector<const Mention*> times;
  for (const Mention& m : ours) {
    if (m.has_time()) times.push_back(&m);
  }
  return times;
}

bool IsClock(const Mention& m) {
  return m.time().granularity() == TimeRef::TIME_OF_DAY;
}

// The day we give a clock: its own, else that of our single DAY mention.
std::string DayOfClock(const Mention& clock,
                       const std::vector<const Mention*>& times) {
  if (!clock.time().begin().empty()) return clock.time().begin();
  std::string day;
  int days = 0;
  for (const Mention* m : times) {
    if (m->time().granularity() == TimeRef::DAY && !m->time().begin().empty()) {
      day = m->time().begin();
      ++days;
    }
  }
  return days == 1 ? day : "";
}

// Duckling: our clock against the row's moment (see the top of the file).
bool DucklingClockMatches(const Mention& clock, const Moment& want,
                          const std::vector<const Mention*>& times,
                          date::year_month_day reference) {
  if (clock.time().clock() != ClockOf(want.hour, want.minute)) return false;
  const std::string day = DayOfClock(clock, times);
  if (!day.empty()) return day == IsoOf(want.day);
  return want.day == reference || (want.day == AddDays(reference, 1) &&
                                   want.hour * 60 + want.minute < 4 * 60 + 30);
}

// A count written in the phrase: digits, "a", or a number word to twelve.
std::optional<int> CountOf(const std::string& word) {
  static const std::map<std::string, int> words = {
      {"a", 1},    {"one", 1},     {"two", 2},    {"three", 3}, {"four", 4},
      {"five", 5}, {"six", 6},     {"seven", 7},  {"eight", 8}, {"nine", 9},
      {"ten", 10}, {"eleven", 11}, {"twelve", 12}};
  if (auto w = words.find(word); w != words.end()) return w->second;
  int n = 0;
  if (absl::SimpleAtoi(word, &n)) return n;
  return std::nullopt;
}

// `day` moved by `count` of `unit` (day, week, month, quarter, year), a
// day past a month's end clamped to it, as claimcheck shifts dates.
date::year_month_day ShiftBy(date::year_month_day day, const std::string& unit,
                             int count) {
  if (unit == "day") return AddDays(day, count);
  if (unit == "week") return AddDays(day, 7 * count);
  const int months = unit == "month"     ? count
                     : unit == "quarter" ? 3 * count
                     : unit == "decade"  ? 120 * count
                                         : 12 * count;
  const date::year_month ym =
      date::year_month(day.year(), day.month()) + date::months(months);
  const date::year_month_day last{ym.year() / ym.month() / date::last};
  return date::year_month_day{ym.year(), ym.month(),
                              std::min(day.day(), last.day())};
}

// A phrase of day grain or coarser that claimcheck reads by a convention
// of its own (Duckling rows, Recognizers' date ranges), the rule's name in
// `*rule`; whether our one time mention in `times` reads it as that
// convention says. [low, last] is the peer's interval, `reference` the
// reference day.
bool ConventionRead(const std::string& lower, date::year_month_day low,
                    date::year_month_day last, date::year_month_day reference,
                    const std::vector<const Mention*>& times,
                    std::string* rule) {
  std::smatch m;
  const std::string units = "(day|week|month|quarter|year|decade)s?";
  const std::string count =
      "(\\d+|a|one|two|three|four|five|six|seven|"
      "eight|nine|ten|eleven|twelve)";
  const auto ours =
      [&]() -> std::optional<std::pair<std::string, std::string>> {
    if (times.size() != 1) return std::nullopt;
    return std::make_pair(times[0]->time().begin(), times[0]->time().end());
  };
  // A window of N units counted from the reference: the peer's whole
  // calendar units before or after the current one; ours the N units up
  // to the reference or from the day after it ("over the past two years"
  // runs to the day of writing).
  if (std::regex_search(lower, m,
                        std::regex("^(the )?(last|past|next|upcoming|coming) " +
                                   count + " " + units + "$")) ||
      std::regex_search(
          lower, m,
          std::regex("^()" + count + " (upcoming|next|last|past) " + units +
                     "$"))) {
    // Groups: the first form's direction then count, the second's count
    // then direction.
    const bool word_first = !CountOf(m[2].str());
    const std::string direction = word_first ? m[2].str() : m[3].str();
    const std::string n_text = word_first ? m[3].str() : m[2].str();
    const std::string unit = m[4].str();
    const std::optional<int> n = CountOf(n_text);
    if (!n || *n < 2) return false;
    *rule = "a window of N units from the reference";
    const bool past = direction == "last" || direction == "past";
    const date::year_month_day begin =
        past ? ShiftBy(reference, unit, -*n) : AddDays(reference, 1);
    const date::year_month_day end =
        past ? reference : ShiftBy(reference, unit, *n);
    return ours() == std::make_pair(IsoOf(begin), IsoOf(end));
  }
  // An offset's grain: the peer gives "a week ago" as that day and "two
  // years ago" as that month; ours is the period of the unit that holds it
  // ("three weeks ago" was that week).
  if (std::regex_search(lower, m,
                        std::regex(count + " " + units + " (ago|back)"))) {
    *rule = "an offset names its unit's period";
    const auto o = ours();
    if (!o) return false;
    const auto b = ParseIsoDay(o->first), e = ParseIsoDay(o->second);
    if (!b || !e || *b > low || *e < last) return false;
    const int length = (date::sys_days(*e) - date::sys_days(*b)).count() + 1;
    const std::string unit = m[2].str();
    return unit == "day"     ? length == 1
           : unit == "week"  ? length == 7
           : unit == "month" ? length >= 28 && length <= 31
           : unit == "year"  ? length >= 365 && length <= 366
                             : false;
  }
  // A part of a period: the peer's beginning and end of a month are ten
  // days, of a year three or four months, the end of a week Friday to
  // Sunday; ours are halves of a month, thirds of a year, Thursday to
  // Sunday (a wider reading contradicts less). Ours must hold the peer's
  // interval and share its edge at the named end.
  if (std::regex_search(
          lower, m,
          std::regex("\\b(early|beginning|start|bom|boy|late|end|eom|eoy|"
                     "rest)\\b"))) {
    *rule = "a part of a period (halves, thirds)";
    const auto o = ours();
    if (!o) return false;
    const auto b = ParseIsoDay(o->first), e = ParseIsoDay(o->second);
    if (!b || !e || *b > low || *e < last) return false;
    const std::string part = m[1].str();
    const bool at_start = part == "early" || part == "beginning" ||
                          part == "start" || part == "bom" || part == "boy" ||
                          part == "rest";
    return at_start ? *b == low : *e == last;
  }
  return false;
}

// A Recognizers date range we read otherwise on purpose (see the top of
// this file): the rule in `*rule` and whether we read it as our convention
// says; nullopt when no convention covers it.
std::optional<bool> RecognizersRangeConvention(const Struct& expected,
                                               const std::vector<Mention>& ours,
                                               const std::string& reference,
                                               std::string* rule) {
  const Struct* value = Object(expected, "Value");
  const Struct* r = value ? Object(*value, "FutureResolution") : nullptr;
  const std::optional<date::year_month_day> ref = ParseIsoDay(reference);
  if (r == nullptr || !ref) return std::nullopt;
  const std::optional<date::year_month_day> start =
      ParseIsoDay(Field(*r, "startDate"));
  const std::optional<date::year_month_day> end =
      ParseIsoDay(Field(*r, "endDate"));
  if (!start || !end) return std::nullopt;
  const std::vector<const Mention*> times = TimeMentions(ours);
  std::string text = Lower(Field(expected, "Text"));
  const bool read = ConventionRead(
      text, *start, date::year_month_day{date::sys_days(*end) - date::days(1)},
      *ref, times, rule);
  if (!rule->empty()) return read;
  // A range ends at the end of the last period it names ("2014-2018" runs
  // through 2018, "between 2015 and Feb 2018" through February); the peer
  // ends at that period's start.
  // One month or year ("2016 - 11" is November) is no range.
  const auto one_period = [&](date::months n) {
    return start->day() == date::day(1) &&
           date::year_month(start->year(), start->month()) + n ==
               date::year_month(end->year(), end->month());
  };
  if (end->day() == date::day(1) && !one_period(date::months(1)) &&
      !one_period(date::months(12)) &&
      std::regex_search(text, std::regex("\\d\\s*-\\s*\\d|\\b(to|until|"
                                         "till|through|thru|and)\\b"))) {
    *rule = "a range runs through its last named period";
    if (times.size() != 1) return false;
    const date::year_month_day month_end{end->year() / end->month() /
                                         date::last};
    const date::year_month_day year_end{end->year() / date::December /
                                        date::day(31)};
    const std::string ours_end = times[0]->time().end();
    return times[0]->time().begin() == Field(*r, "startDate") &&
           (ours_end == IsoOf(month_end) ||
            (end->month() == date::January && ours_end == IsoOf(year_end)));
  }
  return std::nullopt;
}

Tally RunRecognizersFile(const std::string& path, Kind file_kind) {
  Tally tally;
  tally.file = path.substr(path.rfind('/') + 1);
  ListValue cases;
  google::protobuf::util::JsonParseOptions options;
  if (!google::protobuf::util::JsonStringToMessage(ReadFile(path), &cases,
                                                   options)
           .ok()) {
    tally.failures.push_back("cannot parse " + path);
    return tally;
  }
  for (const Value& c : cases.values()) {
    ++tally.total;
    const Struct& test = c.struct_value();
    bool in_scope = true;
    bool no_iso = false;
    auto results = test.fields().find("Results");
    std::vector<const Struct*> expected;
    if (results != test.fields().end()) {
      for (const Value& r : results->second.list_value().values()) {
        std::string type = Field(r.struct_value(), "TypeName");
        if (type.empty()) type = Field(r.struct_value(), "Type");
        std::optional<Kind> kind = KindOfType(type);
        if (!kind) in_scope = false;
        if (kind == Kind::kCurrency) {
          if (const Struct* res = Object(r.struct_value(), "Resolution")) {
            double factor = 1;
            if (CurrencyOfPeerUnit(Field(*res, "unit"),
                                   Field(*res, "isoCurrency"), &factor)
                    .empty()) {
              no_iso = true;
            }
          }
        }
        expected.push_back(&r.struct_value());
      }
    }
    if (!in_scope) continue;
    if (no_iso) {
      ++tally.no_iso_code;
      continue;
    }
    ++tally.in_scope;
    const std::string input = Field(test, "Input");
    std::string reference;
    if (const Struct* context = Object(test, "Context")) {
      reference = Field(*context, "ReferenceDateTime").substr(0, 10);
    }
    const std::vector<Mention> ours =
        Normalize(input, ParseIsoDay(reference), {});
    // The peer counts characters; our offsets are bytes of UTF-8.
    std::vector<int> byte_of_char;
    for (size_t b = 0; b < input.size(); ++b) {
      if ((static_cast<unsigned char>(input[b]) & 0xC0) != 0x80) {
        byte_of_char.push_back(static_cast<int>(b));
      }
    }
    byte_of_char.push_back(static_cast<int>(input.size()));
    auto to_byte = [&](int character) {
      return character < 0 ? 0
             : character < static_cast<int>(byte_of_char.size())
                 ? byte_of_char[character]
                 : static_cast<int>(input.size());
    };
    int ours_of_kind = 0;
    for (const Mention& m : ours) ours_of_kind += IsOfKind(m, file_kind);
    bool pass = ours_of_kind == static_cast<int>(expected.size());
    for (const Struct* e : expected) {
      int begin = 0, end = 0;
      double start = 0;
      absl::SimpleAtod(Field(*e, "Start"), &start);
      begin = static_cast<int>(start);
      double last = 0;
      if (absl::SimpleAtod(Field(*e, "End"), &last)) {
        end = static_cast<int>(last) + 1;
      } else {
        double length = 0;
        absl::SimpleAtod(Field(*e, "Length"), &length);
        end = begin + static_cast<int>(length);
      }
      begin = to_byte(begin);
      end = to_byte(end);
      bool found = false;
      for (const Mention& m : ours) {
        if (IsOfKind(m, file_kind) && Overlaps(m, begin, end) &&
            Matches(*e, m, file_kind)) {
          found = true;
          break;
        }
      }
      pass = pass && found;
    }
    std::string convention;
    std::optional<bool> read;
    if (!pass && file_kind == Kind::kDateRange && expected.size() == 1) {
      read = RecognizersRangeConvention(*expected[0], ours, reference,
                                        &convention);
    }
    if (read) {
      --tally.in_scope;
      tally.CountConvention(convention, *read, input, Describe(ours));
    } else if (pass) {
      ++tally.passed;
    } else {
      std::string want;
      for (const Struct* e : expected) {
        absl::StrAppend(&want, " <", Field(*e, "Text"), ">");
      }
      tally.failures.push_back(
          absl::StrCat(input, " | want", want, " | got", Describe(ours)));
    }
  }
  return tally;
}

Tally RunDucklingTimeFile(const std::string& path) {
  Tally tally;
  tally.file = path.substr(path.rfind('/') + 1);
  const date::year_month_day reference{date::year(2013) / 2 / 12};
  const std::string reference_moment = "2013-02-12T04:30:00";
  for (std::vector<std::string>& f : TsvRows(path, 8)) {
    ++tally.total;
    const std::string& section = f[0];
    const std::string& phrase = f[1];
    const std::string& shape = f[2];
    const std::string low_text = shape == "value" ? f[3] : f[4];
    const std::string& high_text = f[5];
    const std::string& grain = f[6];
    const std::string& extra = f[7];
    const std::string lower = Lower(phrase);
    const bool sub_day =
        grain == "hour" || grain == "minute" || grain == "second";
    const bool clock_written = WritesClock(lower);
    enum class Compare { kNone, kDays, kDayOfMoment, kClock, kClockRange };
    Compare compare = Compare::kDays;
    std::string rule;
    if (section == "negative") {
      compare = Compare::kNone;
    } else if (!extra.empty() || Contains(lower, "christmas|easter")) {
      rule = "holiday";
    } else if (shape == "after" || shape == "before") {
      rule = "open interval (since, until, after, before)";
    } else if (!ParseMoment(low_text) || !ParseMoment(high_text)) {
      rule = "no calendar day (B.C., no upper bound)";
    } else if (Contains(lower, "\\bseasons?\\b")) {
      rule = "season with no name (\"this season\": a sport's or the year's)";
    } else if (Contains(lower,
                        "\\b(gmt|utc|cet|bst|pst|cst|est|ist|edt|pdt|"
                        "cdt|jst)\\b")) {
      rule = "time zone (converted to UTC-2)";
    } else if (sub_day) {
      const bool from_moment =
          Contains(lower, "\\b(now|atm|moment|asap|possible|ago|hence)\\b") ||
          Contains(lower, "^(today )?(in|within) (?!the\\b)") ||
          Contains(lower, "^(last|next|past) ");
      if (section == "latent") {
        rule = "latent clock (a bare number as an hour)";
      } else if (shape == "interval" && f[4] == reference_moment) {
        rule = "interval from the reference moment (by, within)";
      } else if (shape == "interval" && !clock_written &&
                 NamesPartOfDay(lower)) {
        rule = "part of day";
      } else if (!clock_written && from_moment) {
        if (!NamesSubDayUnit(lower) &&
            Contains(lower, "\\b(days?|weeks?|fortnight)\\b")) {
          compare = Compare::kDayOfMoment;
        } else {
          rule = "offset in seconds, minutes, hours from the moment";
        }
      } else if (shape == "interval" && Contains(lower, "\\bfor\\b")) {
        rule = "clock and a length (4pm for 30 mins)";
      } else {
        compare = shape == "interval" ? Compare::kClockRange : Compare::kClock;
      }
    }
    if (!rule.empty()) {
      ++tally.out_of_model;
      ++tally.out_of_model_by_rule[rule];
      continue;
    }
    const std::vector<Mention> ours = Normalize(phrase, reference, {});
    const std::vector<const Mention*> times = TimeMentions(ours);
    std::vector<const Mention*> clocks;
    for (const Mention* m : times) {
      if (IsClock(*m)) clocks.push_back(m);
    }
    std::string want;
    const std::optional<Moment> low = ParseMoment(low_text);
    const std::optional<Moment> high = ParseMoment(high_text);
    // Whether we read the row as Duckling does with its days moved by
    // `shift` (0: as written).
    const auto matches_shifted = [&](int shift) {
      std::optional<Moment> from = low, to = high;
      if (from) from->day = AddDays(from->day, shift);
      if (to) to->day = AddDays(to->day, shift);
      switch (compare) {
        case Compare::kNone:
          want = "no time";
          return times.empty();
        case Compare::kDays:
        case Compare::kDayOfMoment: {
          const std::string begin = IsoOf(from->day);
          const std::string end = compare == Compare::kDayOfMoment
                                      ? begin
                                      : IsoOf(AddDays(to->day, -1));
          want = begin + ".." + end;
          return times.size() == 1 && times[0]->time().begin() == begin &&
                 times[0]->time().end() == end;
        }
        case Compare::kClock:
          want = "clock " + ClockOf(from->hour, from->minute) + " on " +
                 IsoOf(from->day);
          return clocks.size() == 1 &&
                 DucklingClockMatches(*clocks[0], *from, times, reference);
        case Compare::kClockRange: {
          const Moment last = MinusGrain(*to, grain);
          want = "clocks " + ClockOf(from->hour, from->minute) + " on " +
                 IsoOf(from->day) + " and " + ClockOf(last.hour, last.minute) +
                 " on " + IsoOf(last.day);
          return clocks.size() == 2 &&
                 DucklingClockMatches(*clocks[0], *from, times, reference) &&
                 DucklingClockMatches(*clocks[1], last, times, reference);
        }
      }
      return false;
    };
    const bool pass = matches_shifted(0);
    // An untensed weekday ("on Thursday", "this Monday") is the latest in
    // claimcheck, as news reports what happened, and the next in Duckling,
    // an assistant's: read as ours says when Duckling's day a week earlier
    // is ours.
    if (!pass && section != "negative" && low && low->day > reference &&
        low->day <= AddDays(reference, 7) &&
        std::regex_search(
            lower, std::regex("\\b(mon|tues?|wed|weds|thu|thurs?|fri|sat|sun)"
                              "(day)?\\b|wednesday|saturday")) &&
        !std::regex_search(lower, std::regex("\\b(next|last|after|from now|ago|"
                                             "back|tomorrow|tonight)\\b"))) {
      tally.CountConvention("an untensed weekday is the latest",
                            matches_shifted(-7),
                            absl::StrCat(section, " ", phrase), Describe(ours));
      continue;
    }
    // A row we read otherwise than the peer, by a convention of ours
    // (see the top of this file), is counted apart.
    if (!pass && compare == Compare::kDays && section != "negative") {
      std::string convention;
      const bool read = ConventionRead(lower, low->day, AddDays(high->day, -1),
                                       reference, times, &convention);
      if (!convention.empty()) {
        tally.CountConvention(convention, read,
                              absl::StrCat(section, " ", phrase),
                              Describe(ours));
        continue;
      }
    }
    ++tally.in_scope;
    if (pass) {
      ++tally.passed;
    } else {
      tally.failures.push_back(absl::StrCat(section, " ", phrase, " | want ",
                                            want, " (", grain, ") | got",
                                            Describe(ours)));
    }
  }
  return tally;
}

// chrono's refdate cell as a day; nullopt when it names no day.
std::optional<date::year_month_day> ChronoReference(std::string cell) {
  absl::string_view text = absl::StripAsciiWhitespace(cell);
  if (text.empty()) {
    // chrono's default is new Date(): the day the tests run.
    const std::time_t now = std::time(nullptr);
    return date::year_month_day{
        date::floor<date::days>(std::chrono::system_clock::from_time_t(now))};
  }
  if (text.size() >= 10 && text[4] == '-' && text[0] >= '0' && text[0] <= '9') {
    return ParseIsoDay(text.substr(0, 10));
  }
  int64_t millis = 0;
  if (absl::SimpleAtoi(text, &millis) && text.size() > 8) {
    return date::year_month_day{
        date::floor<date::days>(date::sys_time<std::chrono::milliseconds>(
            std::chrono::milliseconds(millis)))};
  }
  if (text[0] >= '0' && text[0] <= '9' && absl::StrContains(text, ',')) {
    // JavaScript new Date(year, monthIndex, day, ...): "2012, 7 - 1, 10".
    std::vector<std::string> args = absl::StrSplit(text, ',');
    auto eval = [](absl::string_view e, int* out) {
      std::vector<std::string> terms = absl::StrSplit(e, '-');
      int value = 0;
      for (size_t i = 0; i < terms.size(); ++i) {
        int t = 0;
        if (!absl::SimpleAtoi(absl::StripAsciiWhitespace(terms[i]), &t)) {
          return false;
        }
        value += i == 0 ? t : -t;
      }
      *out = value;
      return true;
    };
    int year = 0, month_index = 0, day = 1;
    if (args.size() < 2 || !eval(args[0], &year) ||
        !eval(args[1], &month_index) ||
        (args.size() > 2 && !eval(args[2], &day))) {
      return std::nullopt;
    }
    const date::year_month_day ymd{
        date::year(year) / date::month(month_index + 1) / date::day(day)};
    if (!ymd.ok()) return std::nullopt;
    return ymd;
  }
  // A Date string: "Tue Aug 2 2022", "thursday 13 June 2019".
  static const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                  "jul", "aug", "sep", "oct", "nov", "dec"};
  int month = 0, day = 0, year = 0;
  for (absl::string_view token : absl::StrSplit(
           Lower(text), absl::ByAnyChar(" ,\"():"), absl::SkipEmpty())) {
    int n = 0;
    if (absl::SimpleAtoi(token, &n)) {
      if (token.size() == 4 && year == 0) {
        year = n;
      } else if (token.size() <= 2 && day == 0 && n >= 1 && n <= 31) {
        day = n;
      }
      continue;
    }
    for (int i = 0; i < 12; ++i) {
      if (month == 0 && token.size() >= 3 && token.substr(0, 3) == kMonths[i]) {
        month = i + 1;
      }
    }
  }
  if (month == 0 || day == 0 || year == 0) return std::nullopt;
  const date::year_month_day ymd{date::year(year) / date::month(month) /
                                 date::day(day)};
  if (!ymd.ok()) return std::nullopt;
  return ymd;
}

// Does `iso` (YYYY-MM-DD) have the components given ("" = unchecked)?
bool DayHas(const std::string& iso, const std::string& y, const std::string& m,
            const std::string& d) {
  std::optional<date::year_month_day> day = ParseIsoDay(iso);
  if (!day) return false;
  int n = 0;
  if (!y.empty() &&
      (!absl::SimpleAtoi(y, &n) || n != static_cast<int>(day->year()))) {
    return false;
  }
  if (!m.empty() &&
      (!absl::SimpleAtoi(m, &n) ||
       n != static_cast<int>(static_cast<unsigned>(day->month())))) {
    return false;
  }
  if (!d.empty() &&
      (!absl::SimpleAtoi(d, &n) ||
       n != static_cast<int>(static_cast<unsigned>(day->day())))) {
    return false;
  }
  return true;
}

bool ClockHas(const Mention& m, const std::string& h, const std::string& min) {
  const std::string& clock = m.time().clock();
  if (clock.size() != 5) return false;
  int hour = -1, minute = -1, want = 0;
  absl::SimpleAtoi(clock.substr(0, 2), &hour);
  absl::SimpleAtoi(clock.substr(3, 2), &minute);
  if (!h.empty() && (!absl::SimpleAtoi(h, &want) || want != hour)) return false;
  if (!min.empty() && (!absl::SimpleAtoi(min, &want) || want != minute)) {
    return false;
  }
  return true;
}

Tally RunChronoFile(const std::string& path) {
  Tally tally;
  tally.file = path.substr(path.rfind('/') + 1);
  for (std::vector<std::string>& f : TsvRows(path, 16)) {
    ++tally.total;
    const std::string& parser = f[1];
    const std::string& input = f[2];
    const std::string& match = f[4];
    const std::string &sy = f[6], &sm = f[7], &sd = f[8], &sh = f[9],
                      &smin = f[10];
    const std::string &ey = f[11], &em = f[12], &ed = f[13], &eh = f[14],
                      &emin = f[15];
    const bool none = match == "<none>";
    const std::string lower = Lower(match.empty() || none ? input : match);
    const bool clock_written = WritesClock(lower);
    const bool checks_clock =
        !sh.empty() || !smin.empty() || !eh.empty() || !emin.empty();
    const std::optional<date::year_month_day> reference = ChronoReference(f[3]);
    std::string rule;
    if (absl::StrContains(parser, "GB") ||
        absl::StrContains(parser, "LittleEndian")) {
      rule = "day-first parser (en.GB, little endian)";
    } else if (parser == "custom" || parser == "chrono.fr") {
      rule = "custom or fr configuration";
    } else if (!reference) {
      rule = "reference not in the row (a test variable) or no real day";
    } else if (none &&
               Contains(lower, "^\\s*\\d{4}(\\s*(to|-)\\s*\\d{4})?\\s*$")) {
      rule = "bare year expected to give nothing";
    } else if (!none && (NamesSubDayUnit(lower) ||
                         (Contains(lower, "\\bnow\\b") &&
                          !Contains(lower, "\\b(days?|weeks?)\\b")))) {
      rule = "offset in seconds, minutes, hours from the moment";
    } else if (checks_clock && !clock_written && NamesPartOfDay(lower)) {
      rule = "part of day";
    } else if (!sy.empty() && sy[0] == '-') {
      rule = "no calendar day (B.C.)";
    }
    if (!rule.empty()) {
      ++tally.out_of_model;
      ++tally.out_of_model_by_rule[rule];
      continue;
    }
    ++tally.in_scope;
    const std::vector<Mention> ours = Normalize(input, reference, {});
    std::vector<const Mention*> relevant;
    const size_t at =
        match.empty() || none ? std::string::npos : input.find(match);
    for (const Mention& m : ours) {
      if (!m.has_time()) continue;
      if (at == std::string::npos ||
          Overlaps(m, static_cast<int>(at),
                   static_cast<int>(at + match.size()))) {
        relevant.push_back(&m);
      }
    }
    bool pass = true;
    if (none) {
      pass = TimeMentions(ours).empty();
    } else if (relevant.empty()) {
      pass = false;
    } else {
      bool any_day = false;
      for (const Mention* m : relevant) any_day |= !m->time().begin().empty();
      const bool has_end = !ey.empty() || !em.empty() || !ed.empty();
      // Only clocks without a day: chrono's dates are implied (the
      // reference day, or a later one for a clock already past), unchecked.
      const bool implied_days = !any_day && clock_written;
      if (!implied_days && (!sy.empty() || !sm.empty() || !sd.empty())) {
        bool found = false;
        for (const Mention* m : relevant) {
          const TimeRef& t = m->time();
          if (DayHas(t.begin(), sy, sm, sd)) found = true;
          if (!has_end && !sy.empty() && !sm.empty() && !sd.empty() &&
              t.begin() != t.end() && !t.begin().empty()) {
            char want[16];
            std::snprintf(want, sizeof(want), "%04d-%02d-%02d",
                          std::atoi(sy.c_str()), std::atoi(sm.c_str()),
                          std::atoi(sd.c_str()));
            if (t.begin() <= want && want <= t.end()) found = true;
          }
        }
        pass = pass && found;
      }
      if (has_end && !implied_days) {
        bool found = false;
        for (const Mention* m : relevant) {
          if (DayHas(m->time().end(), ey, em, ed)) found = true;
        }
        pass = pass && found;
      }
      if (clock_written) {
        const Mention* start_clock = nullptr;
        if (!sh.empty() || !smin.empty()) {
          for (const Mention* m : relevant) {
            if (IsClock(*m) && ClockHas(*m, sh, smin)) {
              start_clock = m;
              break;
            }
          }
          pass = pass && start_clock != nullptr;
        }
        if (!eh.empty() || !emin.empty()) {
          bool found = false;
          for (const Mention* m : relevant) {
            if (IsClock(*m) && m != start_clock && ClockHas(*m, eh, emin)) {
              found = true;
            }
          }
          pass = pass && found;
        }
      }
    }
    if (pass) {
      ++tally.passed;
    } else {
      const auto part = [](const std::string& s) {
        return s.empty() ? "_" : s;
      };
      std::string want = none ? "no date" : "";
      if (!none) {
        want = absl::StrCat(part(sy), "-", part(sm), "-", part(sd));
        if (clock_written && checks_clock) {
          absl::StrAppend(&want, " ", part(sh), ":", part(smin));
        }
        if (!ey.empty() || !em.empty() || !ed.empty() ||
            (clock_written && (!eh.empty() || !emin.empty()))) {
          absl::StrAppend(&want, " to ", part(ey), "-", part(em), "-",
                          part(ed));
          if (clock_written) {
            absl::StrAppend(&want, " ", part(eh), ":", part(emin));
          }
        }
        if (!match.empty()) absl::StrAppend(&want, " <", match, ">");
      }
      tally.failures.push_back(
          absl::StrCat(f[0], " ", parser, " ", input, " [ref ",
                       reference ? IsoOf(*reference) : "?", "] | want ", want,
                       " | got", Describe(ours)));
    }
  }
  return tally;
}

}  // namespace
}  // namespace claimcheck

int main(int argc, char** argv) {
  using claimcheck::Kind;
  if (argc < 2) {
    std::cerr << "usage: peer_runner SHARED_EXTERNAL_DIR [--failures]\n";
    return 2;
  }
  const std::string root = argv[1];
  const bool show_failures = argc > 2 && std::string(argv[2]) == "--failures";
  std::vector<claimcheck::Tally> tallies = {
      claimcheck::RunRecognizersFile(
          root + "/recognizers/Number-NumberModel.json", Kind::kNumber),
      claimcheck::RunRecognizersFile(
          root + "/recognizers/Number-PercentModel.json", Kind::kPercent),
      claimcheck::RunRecognizersFile(
          root + "/recognizers/NumberWithUnit-CurrencyModel.json",
          Kind::kCurrency),
      claimcheck::RunRecognizersFile(
          root + "/recognizers/DateTime-DateParser.json", Kind::kDate),
      claimcheck::RunRecognizersFile(
          root + "/recognizers/DateTime-DatePeriodParser.json",
          Kind::kDateRange),
      claimcheck::RunRecognizersFile(
          root + "/recognizers/DateTime-DurationParser.json", Kind::kDuration),
      claimcheck::RunDucklingFile(root + "/duckling/numeral.tsv",
                                  Kind::kNumber),
      claimcheck::RunDucklingFile(root + "/duckling/money.tsv",
                                  Kind::kCurrency),
      claimcheck::RunDucklingFile(root + "/duckling/duration.tsv",
                                  Kind::kDuration),
      claimcheck::RunDucklingTimeFile(root + "/duckling/time.tsv"),
      claimcheck::RunChronoFile(root + "/chrono/en.tsv"),
  };
  std::printf("%-36s %6s %8s %6s %6s %7s %7s %13s %11s\n", "file", "cases",
              "in scope", "passed", "failed", "rate", "no ISO", "out of model",
              "convention");
  for (const auto& t : tallies) {
    std::printf("%-36s %6d %8d %6d %6d %6.1f%% %7d %13d %11d\n", t.file.c_str(),
                t.total, t.in_scope, t.passed, t.in_scope - t.passed,
                t.in_scope ? 100.0 * t.passed / t.in_scope : 0.0, t.no_iso_code,
                t.out_of_model, t.convention);
  }
  // The issue's two groups: numbers, money and percentages; dates,
  // periods and durations.
  const auto group = [&](std::initializer_list<size_t> members,
                         const char* name) {
    int passed = 0, in_scope = 0;
    for (size_t m : members) {
      passed += tallies[m].passed;
      in_scope += tallies[m].in_scope;
    }
    std::printf("%-36s %6s %8d %6d %6d %6.1f%%\n", name, "", in_scope, passed,
                in_scope - passed, in_scope ? 100.0 * passed / in_scope : 0.0);
  };
  group({0, 1, 2, 6, 7}, "all numbers, money, percent");
  group({3, 4, 5, 8, 9, 10}, "all dates, periods, durations");
  // The same group without the two time suites, comparable with the
  // figures from before they were added.
  group({3, 4, 5, 8}, "  without time.tsv, en.tsv");
  if (show_failures) {
    for (const auto& t : tallies) {
      std::printf("\n== %s: %zu failures\n", t.file.c_str(), t.failures.size());
      for (const auto& [rule, count] : t.out_of_model_by_rule) {
        std::printf("  out of model, %s: %d\n", rule.c_str(), count);
      }
      for (const auto& [rule, counts] : t.convention_by_rule) {
        std::printf("  convention, %s: %d, read as ours says: %d\n",
                    rule.c_str(), counts.first, counts.second);
      }
      for (const std::string& f : t.failures) std::printf("  %s\n", f.c_str());
    }
  }
  return 0;
}

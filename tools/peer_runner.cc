// peer_runner: measures the normaliser against other projects' test suites,
// ../shared/external/recognizers (Microsoft Recognizers-Text, English) and
// ../shared/external/duckling (facebook/duckling, English), and prints, per
// file, the cases in scope, passed and failed, and each failure.
//
//   bazel run //tools:peer_runner -- $PWD/../shared/external [--failures]
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
//     our inclusive end or the day after it may equal endDate.
//   - durations compare in days, the peer's units converted with ours
//     (month 30.4375 days, year 365.25 days), so "3 months" is 3 months.
//   - Duckling money: "Unnamed" is a number with no currency; "under"/
//     "above" compare the one bound given, whatever its inclusiveness;
//     duckling's latent rows count (claimcheck always reads bare numbers).
//     The "7-9 lakh rupees" row is a data error (see its README): skipped.
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>
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
  std::vector<std::string> failures;
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
      return m.has_time();
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
    if (pass) {
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
  std::istringstream in(ReadFile(path));
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    std::vector<std::string> f = absl::StrSplit(line, '\t');
    f.resize(8);
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
  };
  std::printf("%-36s %6s %8s %6s %6s %7s %7s\n", "file", "cases", "in scope",
              "passed", "failed", "rate", "no ISO");
  for (const auto& t : tallies) {
    std::printf("%-36s %6d %8d %6d %6d %6.1f%% %7d\n", t.file.c_str(), t.total,
                t.in_scope, t.passed, t.in_scope - t.passed,
                t.in_scope ? 100.0 * t.passed / t.in_scope : 0.0,
                t.no_iso_code);
  }
  // The two groups: numbers, money and percentages; dates,
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
  group({3, 4, 5, 8}, "all dates, periods, durations");
  if (show_failures) {
    for (const auto& t : tallies) {
      std::printf("\n== %s: %zu failures\n", t.file.c_str(), t.failures.size());
      for (const std::string& f : t.failures) std::printf("  %s\n", f.c_str());
    }
  }
  return 0;
}

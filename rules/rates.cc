#include "rules/rates.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "claims/diagnostic.h"
#include "claims/published_date.h"

namespace claimcheck {
namespace {

// "2025-11-13" or "13 November 2025" as YYYY-MM-DD.
std::optional<std::string> RateDate(absl::string_view cell) {
  // A date line of one line is what FindDateLine reads.
  return FindDateLine(cell, 1);
}

}  // namespace

RateTable RateTable::FromEcbCsv(absl::string_view text,
                                absl::string_view source,
                                std::vector<Diagnostic>* diagnostics) {
  RateTable table;
  std::vector<std::string> currencies;
  uint32_t line_number = 0;
  auto problem = [&](absl::string_view message) {
    if (diagnostics == nullptr) return;
    diagnostics->push_back(MakeDiagnostic(
        ERROR, source, line_number, 0, absl::StrCat(message, "; line left out"),
        /*skipped=*/true));
  };
  for (absl::string_view line : absl::StrSplit(text, '\n')) {
    ++line_number;
    line = absl::StripAsciiWhitespace(line);
    if (line.empty()) continue;
    std::vector<absl::string_view> cells = absl::StrSplit(line, ',');
    for (absl::string_view& cell : cells) {
      cell = absl::StripAsciiWhitespace(cell);
    }
    // The ECB ends every line with a comma.
    if (!cells.empty() && cells.back().empty()) cells.pop_back();
    if (currencies.empty()) {
      if (cells.empty() || !absl::EqualsIgnoreCase(cells[0], "Date")) {
        problem("expected a header \"Date,USD,JPY,...\"");
        return table;
      }
      for (size_t k = 1; k < cells.size(); ++k) {
        currencies.push_back(absl::AsciiStrToUpper(cells[k]));
      }
      continue;
    }
    const std::optional<std::string> date = RateDate(cells[0]);
    if (!date) {
      problem(absl::StrCat("\"", cells[0], "\" is not a date"));
      continue;
    }
    if (cells.size() > currencies.size() + 1) {
      problem(absl::StrCat(cells.size() - 1, " rates for ", currencies.size(),
                           " currencies"));
      continue;
    }
    std::vector<std::pair<std::string, double>> rates;
    std::string bad;
    for (size_t k = 1; k < cells.size(); ++k) {
      if (cells[k].empty() || cells[k] == "N/A") continue;
      double rate;
      // Units per euro of any real currency lie far inside these bounds;
      // outside them a conversion could overflow to infinity.
      if (!absl::SimpleAtod(cells[k], &rate) || !(rate >= 1e-9) ||
          !(rate <= 1e12)) {
        bad = absl::StrCat("\"", cells[k], "\" is not a rate for ",
                           currencies[k - 1]);
        break;
      }
      rates.emplace_back(currencies[k - 1], rate);
    }
    if (!bad.empty()) {
      problem(bad);
      continue;
    }
    for (const auto& [currency, rate] : rates) {
      table.per_euro_[currency][*date] = rate;
    }
  }
  return table;
}

absl::StatusOr<RateTable> RateTable::Load(
    const std::string& path, std::vector<Diagnostic>* diagnostics) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return absl::NotFoundError(
        absl::StrCat(path, ": cannot read: ", std::strerror(errno)));
  }
  std::ostringstream text;
  text << in.rdbuf();
  return FromEcbCsv(text.str(), path, diagnostics);
}

bool RateTable::Has(absl::string_view currency) const {
  return currency == "EUR" || per_euro_.contains(currency);
}

std::optional<double> RateTable::PerEuro(absl::string_view currency,
                                         absl::string_view date) const {
  if (currency == "EUR") return 1.0;
  const auto found = per_euro_.find(currency);
  if (found == per_euro_.end() || found->second.empty()) return std::nullopt;
  const std::map<std::string, double>& by_date = found->second;
  if (date.empty()) return by_date.rbegin()->second;
  auto after = by_date.upper_bound(std::string(date));
  if (after == by_date.begin()) return after->second;
  return std::prev(after)->second;
}

std::optional<double> RateTable::Convert(double amount, absl::string_view from,
                                         absl::string_view to,
                                         absl::string_view date) const {
  const std::optional<double> from_rate = PerEuro(from, date);
  const std::optional<double> to_rate = PerEuro(to, date);
  if (!from_rate || !to_rate) return std::nullopt;
  return amount / *from_rate * *to_rate;
}

}  // namespace claimcheck

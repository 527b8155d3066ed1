// RateTable: euro reference rates, read from the European Central Bank's CSV
// (eurofxref-hist.csv, or the one-day eurofxref.csv), for comparing money in
// two currencies.
//
//   std::vector<Diagnostic> problems;
//   RateTable rates = RateTable::FromEcbCsv(text, "eurofxref-hist.csv",
//                                           &problems);
//   std::optional<double> aud = rates.Convert(1e12, "USD", "AUD",
//                                             "2025-11-03");
//
// The file's first line names the currencies ("Date,USD,JPY,...", spaces
// allowed); each other line is a date (YYYY-MM-DD, or "13 November 2025" as
// the one-day file writes it) and, per currency, units of that currency
// for one euro. "N/A" and empty cells mean no rate that day. EUR is always
// 1. A line that cannot be read (bad date, a cell that is no number, too
// many cells) is a diagnostic at its line and is left out; the other lines
// are kept.
//
// Convert uses, for each currency, the latest rate on or before `date`
// (YYYY-MM-DD), else the earliest after it; an empty date means the latest
// rate. It returns nullopt when either currency has no rate at all.
// Lookups cost O(log days). Immutable after construction: safe to share
// between threads.
#ifndef CLAIMCHECK_RULES_RATES_H_
#define CLAIMCHECK_RULES_RATES_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "claims/article.pb.h"

namespace claimcheck {

class RateTable {
 public:
  RateTable() = default;

  static RateTable FromEcbCsv(absl::string_view text, absl::string_view source,
                              std::vector<Diagnostic>* diagnostics);

  // Reads and parses a file; a file that cannot be read is an error Status
  // naming it, problems inside it are diagnostics.
  static absl::StatusOr<RateTable> Load(const std::string& path,
                                        std::vector<Diagnostic>* diagnostics);

  bool Has(absl::string_view currency) const;

  std::optional<double> Convert(double amount, absl::string_view from,
                                absl::string_view to,
                                absl::string_view date) const;

  // Number of currencies with at least one rate, EUR aside.
  size_t currencies() const { return per_euro_.size(); }

 private:
  // Units of the currency per euro, by date (YYYY-MM-DD).
  std::optional<double> PerEuro(absl::string_view currency,
                                absl::string_view date) const;

  absl::flat_hash_map<std::string, std::map<std::string, double>> per_euro_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_RULES_RATES_H_

// Fuzz target for the ECB rate table parser: any bytes make a table and
// diagnostics at real lines, and every conversion it offers is a finite,
// positive factor. Under libFuzzer (clang):
//   clang++ -fsanitize=fuzzer,address ... rates_fuzzer.cc; else
//   rates_fuzzer_replay_test runs it on a fixed corpus.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "rules/rates.h"
#include "tools/fuzz/check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::vector<claimcheck::Diagnostic> diagnostics;
  const claimcheck::RateTable rates =
      claimcheck::RateTable::FromEcbCsv(text, "fuzz.csv", &diagnostics);
  const size_t lines = std::count(text.begin(), text.end(), '\n') + 1;
  for (const claimcheck::Diagnostic& d : diagnostics) {
    claimcheck::FuzzCheck(d.line() >= 1 && d.line() <= lines);
  }
  for (const char* from : {"USD", "JPY", "EUR", "GBP", "XXX"}) {
    for (const char* to : {"USD", "JPY", "EUR"}) {
      for (const char* date : {"", "1999-01-04", "2025-11-03", "2999-12-31"}) {
        const std::optional<double> factor = rates.Convert(1, from, to, date);
        if (factor) {
          claimcheck::FuzzCheck(std::isfinite(*factor) && *factor > 0);
        }
        claimcheck::FuzzCheck(factor.has_value() ==
                              (rates.Has(from) && rates.Has(to)));
      }
    }
  }
  return 0;
}

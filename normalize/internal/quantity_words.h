// Word tables of the quantity grammar (normalize/quantity.h): modifiers,
// currency forms, units. Data, kept apart from the grammar that reads it;
// internal to the normalize/quantity target. Each table is built once, on
// first use, and never freed (safe to use from any thread).
#ifndef CLAIMCHECK_NORMALIZE_INTERNAL_QUANTITY_WORDS_H_
#define CLAIMCHECK_NORMALIZE_INTERNAL_QUANTITY_WORDS_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "normalize/value.pb.h"

namespace claimcheck {
namespace quantity_internal {

struct Modifier {
  std::vector<absl::string_view> words;
  Quantity::Approximation approx;
};

// Longer phrases first, so "just over" wins over "over".
const std::vector<Modifier>& Modifiers();

struct CurrencyForm {
  std::vector<absl::string_view> tokens;
  // Empty: the bare-dollar currency.
  absl::string_view code;
};

// Written before the number: "US$", "$US", "HK$" (parts with a symbol
// touch), "RMB", "malaysian ringgits".
const std::vector<CurrencyForm>& CurrencyPrefixes();

// The ISO 4217 codes read before or after a number ("USD 5", "42 SAR").
absl::Span<const absl::string_view> IsoCodes();

// `word` (lowercase) is one of IsoCodes().
bool IsIsoCode(absl::string_view word);

// "usd" -> "USD".
std::string Upper(absl::string_view code);

struct UnitForm {
  std::vector<absl::string_view> words;
  Quantity::Unit unit;
  absl::string_view currency_or_unit_text;
  // Days for durations; value multiplier for money (cents) and others.
  double factor;
};

// Written after the number: percent and points, currency names and signs,
// "fold" and "times". Longer forms first.
const std::vector<UnitForm>& UnitsAfterNumber();

struct DurationUnit {
  absl::string_view singular;
  double days;
  // Abbreviations such as "h" only right after the digits ("3h").
  bool only_touching;
};

// Duration words and abbreviations, in days (year 365.25, month 30.4375).
const absl::flat_hash_map<absl::string_view, DurationUnit>& DurationUnits();

// A currency's English name as tokens ("swedish", "kronor"), and its code.
struct NamedCurrency {
  std::vector<std::string> words;
  std::string code;
};

// The English names, singular and plural, of the ISO 4217 currencies in
// use, from ICU's CLDR data ("South African rand", "Swedish kronor",
// "Czech korunas"), keyed by their first word, longest names first. The
// krona, krone and koruna also go by their English translation, "crown",
// as news writes them ("4.2 million Swedish crowns").
const absl::flat_hash_map<std::string, std::vector<NamedCurrency>>&
CurrencyNames();

// Verbs and adjectives that are multiples by themselves.
const absl::flat_hash_map<absl::string_view, double>& MultipleWords();

}  // namespace quantity_internal
}  // namespace claimcheck

#endif  // CLAIMCHECK_NORMALIZE_INTERNAL_QUANTITY_WORDS_H_

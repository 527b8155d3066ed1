// ParseNumber: reads one number starting at a token, written in digits,
// words or both, with its scale and the precision as written.
//
//   tokens of "8.2bn"            -> 8.2e9, decimals 1, scale "bn",
//                                   resolution 1e8
//   tokens of "two hundred"      -> 200
//   tokens of "twenty-nine"      -> 29
//   tokens of "a million"        -> 1e6
//   tokens of "one and a half"   -> 1.5
//   tokens of "three-quarters"   -> 0.75, fraction
//   tokens of "two in five"      -> 0.4, fraction
//
// Scales: thousand, million, billion, trillion, lakh, crore, dozen, and the
// suffixes k, m, mn, mln, b, bn, bln, tn, trn (k, m and b only right after
// the digits: "5m", not "5 m"; a spaced "k" at a clause's end, "2.33 k").
// A fraction (`is_fraction`) is a share of a whole; callers turn it into a
// percentage.
//
// Fractions in figures are proper and have a denominator fractions are
// written with (2 to 10, 12, 16, 32, 64, 100): "3/4" is 0.75 and "2 1/4"
// 2.25, but "24/7" and "9/11" are no numbers. Ordinals are no numbers:
// "twenty-first" gives nullopt, not 20.
//
// Returns nullopt when no number starts at `i`, for numbers written with
// more than 40 digits and for values past the largest double ("1e300
// trillion"). Cost: linear in the tokens read.
#ifndef CLAIMCHECK_NORMALIZE_NUMBER_H_
#define CLAIMCHECK_NORMALIZE_NUMBER_H_

#include <optional>
#include <string>
#include <vector>

#include "normalize/lexer.h"

namespace claimcheck {

struct ParsedNumber {
  double value = 0;
  // One past the last token of the number.
  size_t end = 0;
  int decimals = 0;
  // The value of one unit in the last written digit ("8.2bn" -> 1e8).
  double resolution = 1;
  // Scale word or suffix as written, lowercased ("bn", "million").
  std::string scale;
  bool in_words = false;
  bool is_fraction = false;
};

std::optional<ParsedNumber> ParseNumber(const std::vector<Token>& tokens,
                                        size_t i);

// The multiplier of a scale as ParsedNumber::scale spells it ("bn" -> 1e9,
// "dozen" -> 12); 1 for anything else.
double ScaleMultiplier(absl::string_view scale);

// True for the words that ParseNumber reads as (part of) a number.
bool IsNumberWord(const Token& token);

}  // namespace claimcheck

#endif  // CLAIMCHECK_NORMALIZE_NUMBER_H_

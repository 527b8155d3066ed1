// FindQuantities: the numbers, money, percentages, percentage points,
// multiples and durations of a sentence, each as an interval with its unit.
//
//   NormalizeOptions options;                       // bare "$" is USD
//   std::vector<Token> tokens = Tokenize(text);
//   std::vector<Mention> found = FindQuantities(text, tokens, options, {});
//
// What is read (tokens from normalize/lexer.h, numbers from number.h):
//   money     $US500bn  US$100,000  $A1.5 trillion  A$  HK$20 billion  €5m
//             £3  ¥100  RMB 5bn  5 billion yuan  100 euros  10 dollars
//   percent   61.1 percent  27 per cent  33 %  9pct; fractions (one-third,
//             two in five) become percentages of a whole (from_fraction)
//   points    3 percentage points  2pp
//   multiple  nine-fold  ninefold  doubled  tripled  three times
//   duration  three years  six to twelve months  two decades  29-hour
//             a fortnight  3h  3.5years  2:14:04 (hours, minutes,
//             seconds)  (normalised to days: year 365.25,
//             month 30.4375, week 7, fortnight 14, decade 3652.5)
//   count     any other number: 2,000 workers, a dozen, two hundred
//
// The bare-dollar rule: "$" and "dollars" with no country are
// options.bare_dollar_currency (USD unless the caller knows better, e.g. an
// Australian outlet, whose "$" is AUD: claims/ decides that per article from
// its outlet and from "$US"/"$A" written in its text).
//
// Approximation words, with v the value and t = options.tolerance (0.1):
//   exact                                   [v, v]  (resolution kept apart)
//   about, around, roughly, approximately,
//     some, an estimated                    ABOUT     [v(1-t), v(1+t)]
//   nearly, almost, close to, just under    NEARLY    [v(1-t), v)
//   more than, over, above, exceeding,
//     upwards of, just over                 MORE_THAN (v, inf)
//   at least, no fewer/less than            AT_LEAST  [v, inf)
//   up to, at most, as many/much as,
//     no more than                          AT_MOST   [0, v]
//   less than, under, below, fewer than     LESS_THAN [0, v)
//   6-12, six to twelve, between six and
//     twelve, from 6 to 12                  RANGE     [6, 12]
// A share of a whole (from_fraction) never exceeds 100 percent: "at least
// one-third" is [33.3.., 100].
//
// Tokens where `skip[i]` is true (dates found first) are not read. Mentions
// come in text order and do not overlap. Cost: linear in the tokens.
#ifndef CLAIMCHECK_NORMALIZE_QUANTITY_H_
#define CLAIMCHECK_NORMALIZE_QUANTITY_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "normalize/lexer.h"
#include "normalize/mention.pb.h"

namespace claimcheck {

struct NormalizeOptions {
  // ISO 4217 code of "$" and "dollars" without a country.
  std::string bare_dollar_currency = "USD";
  // Relative width of "about" and "nearly".
  double tolerance = 0.1;
};

// The currency a bare "$" stands for in a text (an article): the one other
// dollar than the US one that the text names ("Australian dollars", "A$",
// "AUD", "C$"), or AUD when it writes "$US" or "$A" (the sign first, as
// Australian papers do) and names no other; else `outlet_dollar`, the
// outlet's own. Decided for the whole article: a story that names one
// country's dollars counts in them.
std::string DollarOfText(const std::vector<Token>& tokens,
                         absl::string_view outlet_dollar);

// False when no figure of `text` can be in the bare dollar: it holds no
// "$" and no "dollar" or "buck" in any case, the only forms that read
// options.bare_dollar_currency. Then DollarOfText's answer changes nothing,
// and a caller may skip it (it tokenises the whole text). One pass over
// the bytes.
bool MayUseBareDollar(absl::string_view text);

std::vector<Mention> FindQuantities(absl::string_view text,
                                    const std::vector<Token>& tokens,
                                    const NormalizeOptions& options,
                                    const std::vector<bool>& skip);

}  // namespace claimcheck

#endif  // CLAIMCHECK_NORMALIZE_QUANTITY_H_

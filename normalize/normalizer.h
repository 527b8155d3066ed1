// Normalize: every quantity and date phrase of a text as Mention records,
// in text order, without overlaps.
//
//   std::vector<Mention> mentions =
//       Normalize("In 2022, China claimed 61.1 percent.",
//                 date::year_month_day{date::year(2025) / 11 / 13}, {});
//   // "2022" -> time 2022-01-01..2022-12-31, YEAR
//   // "61.1 percent" -> quantity PERCENT [61.1, 61.1]
//
// Dates are read first (normalize/time.h), so that the year in "in 2022" is
// a date and not a count; the quantity grammar (normalize/quantity.h) reads
// the rest. `reference` is the article's date that relative phrases resolve
// against (ParseIsoDay of normalize/time.h reads one); nullopt leaves them
// unresolved.
//
// Nothing is read inside web addresses (http://, https://, www. up to the
// next space): their digits are no one's figures.
//
// Never fails: text that holds no quantity, or is not even valid UTF-8,
// gives no mentions. Thread-safe; cost linear in the text.
#ifndef CLAIMCHECK_NORMALIZE_NORMALIZER_H_
#define CLAIMCHECK_NORMALIZE_NORMALIZER_H_

#include <optional>
#include <vector>

#include "absl/strings/string_view.h"
#include "date/date.h"
#include "normalize/lexer.h"
#include "normalize/mention.pb.h"
#include "normalize/quantity.h"
#include "normalize/time.h"

namespace claimcheck {

// `context` (optional) carries the anchor date from one sentence of an
// article to the next (normalize/time.h, TimeContext).
std::vector<Mention> Normalize(absl::string_view text,
                               std::optional<date::year_month_day> reference,
                               const NormalizeOptions& options,
                               TimeContext* context = nullptr);

// The same with `tokens` = Tokenize(text) (normalize/lexer.h), for a
// caller that has them already.
std::vector<Mention> Normalize(absl::string_view text,
                               const std::vector<Token>& tokens,
                               std::optional<date::year_month_day> reference,
                               const NormalizeOptions& options,
                               TimeContext* context = nullptr);

}  // namespace claimcheck

#endif  // CLAIMCHECK_NORMALIZE_NORMALIZER_H_

#include "normalize/normalizer.h"

#include <algorithm>
#include <optional>
#include <string>

#include "claims/published_date.h"
#include "normalize/lexer.h"
#include "normalize/time.h"

namespace claimcheck {
namespace {

std::optional<date::year_month_day> ReferenceDate(absl::string_view iso) {
  std::optional<std::string> date = ParseIsoDate(iso);
  if (!date) return std::nullopt;
  const int y = std::stoi(date->substr(0, 4));
  const unsigned m = static_cast<unsigned>(std::stoi(date->substr(5, 2)));
  const unsigned d = static_cast<unsigned>(std::stoi(date->substr(8, 2)));
  return date::year_month_day{date::year(y), date::month(m), date::day(d)};
}

}  // namespace

std::vector<Mention> Normalize(absl::string_view text,
                               absl::string_view published,
                               const NormalizeOptions& options) {
  const std::vector<Token> tokens = Tokenize(text);
  std::vector<bool> taken;
  std::vector<Mention> mentions =
      FindTimes(text, tokens, ReferenceDate(published), &taken);
  std::vector<Mention> quantities =
      FindQuantities(text, tokens, options, taken);
  mentions.insert(mentions.end(), std::make_move_iterator(quantities.begin()),
                  std::make_move_iterator(quantities.end()));
  std::sort(
      mentions.begin(), mentions.end(),
      [](const Mention& a, const Mention& b) { return a.begin() < b.begin(); });
  return mentions;
}

}  // namespace claimcheck

#include "normalize/normalizer.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>

#include "absl/strings/ascii.h"
#include "normalize/lexer.h"
#include "normalize/time.h"

namespace claimcheck {
namespace {

// Byte ranges of web addresses: from "http://", "https://" or "www." to
// the next whitespace. Figures in them are no one's claims.
std::vector<std::pair<size_t, size_t>> UrlRanges(absl::string_view text) {
  std::vector<std::pair<size_t, size_t>> ranges;
  size_t from = 0;
  while (from < text.size()) {
    size_t start = absl::string_view::npos;
    for (absl::string_view marker : {"http://", "https://", "www."}) {
      start = std::min(start, text.find(marker, from));
    }
    if (start == absl::string_view::npos) break;
    size_t end = start;
    while (end < text.size() &&
           !absl::ascii_isspace(static_cast<unsigned char>(text[end]))) {
      ++end;
    }
    ranges.emplace_back(start, end);
    from = end;
  }
  return ranges;
}

}  // namespace

std::vector<Mention> Normalize(absl::string_view text,
                               std::optional<date::year_month_day> reference,
                               const NormalizeOptions& options,
                               TimeContext* context) {
  return Normalize(text, Tokenize(text), reference, options, context);
}

std::vector<Mention> Normalize(absl::string_view text,
                               const std::vector<Token>& tokens,
                               std::optional<date::year_month_day> reference,
                               const NormalizeOptions& options,
                               TimeContext* context) {
  std::vector<bool> taken;
  std::vector<Mention> mentions =
      FindTimes(text, tokens, reference, &taken, context);
  const std::vector<std::pair<size_t, size_t>> urls = UrlRanges(text);
  if (!urls.empty()) {
    // Tokens of a web address are taken, so no quantity is read there.
    for (size_t k = 0; k < tokens.size(); ++k) {
      for (const auto& [begin, end] : urls) {
        if (tokens[k].begin >= begin && tokens[k].begin < end) taken[k] = true;
      }
    }
    mentions.erase(std::remove_if(mentions.begin(), mentions.end(),
                                  [&](const Mention& m) {
                                    for (const auto& [begin, end] : urls) {
                                      if (m.begin() < end && begin < m.end()) {
                                        return true;
                                      }
                                    }
                                    return false;
                                  }),
                   mentions.end());
  }
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

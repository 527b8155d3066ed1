// Metric terms: what a figure measures, as stemmed content words, so that
// "share of global AI patents" and "the world's AI patents share" meet.
//
//   MetricTerms({"share", "of", "global", "AI", "patents"})
//       == {"ai", "global", "patent", "share"}
//
// Words are lowercased (ICU, any script to ASCII), stop words and words
// without letters dropped, the rest stemmed with Snowball's English stemmer
// (libstemmer) and returned sorted and unique. Thread-safe (a stemmer per
// thread); cost linear in the words.
#ifndef CLAIMCHECK_CLAIMS_METRIC_H_
#define CLAIMCHECK_CLAIMS_METRIC_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"

namespace claimcheck {

std::vector<std::string> MetricTerms(absl::Span<const std::string> words);

// The Snowball English stem of one lowercase word ("patents" -> "patent").
std::string StemWord(absl::string_view lowercase_word);

// True for English function words and the verbs and fillers that carry no
// metric ("the", "of", "was", "said", "about").
bool IsStopWord(absl::string_view lowercase_word);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLAIMS_METRIC_H_

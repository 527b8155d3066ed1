#include "claims/metric.h"

#include <algorithm>
#include <memory>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "libstemmer.h"
#include "normalize/names.h"

namespace claimcheck {
namespace {

struct StemmerDeleter {
  void operator()(sb_stemmer* stemmer) const { sb_stemmer_delete(stemmer); }
};

sb_stemmer* ThreadStemmer() {
  thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(
      sb_stemmer_new("english", "UTF_8"));
  return stemmer.get();
}

}  // namespace

bool IsStopWord(absl::string_view word) {
  static const auto* stop = new absl::flat_hash_set<absl::string_view>{
      "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by",
      "with", "and", "or", "but", "as", "that", "this", "these", "those", "it",
      "its", "is", "are", "was", "were", "be", "been", "being", "has", "have",
      "had", "do", "does", "did", "will", "would", "can", "could", "may",
      "might", "should", "shall", "must", "not", "no", "nor", "so", "than",
      "then", "there", "their", "they", "them", "he", "she", "his", "her", "we",
      "our", "you", "your", "i", "me", "my", "who", "whom", "which", "what",
      "when", "where", "while", "why", "how", "all", "any", "both", "each",
      "few", "more", "most", "other", "some", "such", "only", "own", "same",
      "too", "very", "just", "also", "about", "around", "nearly", "almost",
      "roughly", "approximately", "over", "under", "above", "below", "up",
      "down", "out", "into", "onto", "per", "cent", "percent", "said", "says",
      "say", "according", "reported", "report", "reports", "told", "noted", "s",
      "t", "least", "less", "between", "since", "until", "after", "before",
      "during", "now", "year", "years", "month", "months", "day", "days",
      "last", "next", "ago", "earlier", "later", "early", "late", "still",
      "already", "yet", "even", "one", "two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten", "million", "billion", "trillion",
      "thousand", "hundred", "dozen", "half", "quarter", "third", "times",
      "fold", "estimated", "if", "because", "though", "although", "however",
      "whereas", "like", "via",
      // Verbs of holding a share: "held 61 %" and "accounted for 61 %"
      // measure the same thing.
      "held", "claimed", "accounted", "owned", "possessed", "responsible",
      "controlled", "represented"};
  return stop->contains(word);
}

std::string StemWord(absl::string_view word) {
  sb_stemmer* stemmer = ThreadStemmer();
  if (stemmer == nullptr) return std::string(word);
  const sb_symbol* stem =
      sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(word.data()),
                      static_cast<int>(word.size()));
  if (stem == nullptr) return std::string(word);
  return std::string(reinterpret_cast<const char*>(stem),
                     static_cast<size_t>(sb_stemmer_length(stemmer)));
}

std::vector<std::string> MetricTerms(absl::Span<const std::string> words) {
  std::vector<std::string> terms;
  for (const std::string& raw : words) {
    std::string word;
    for (char c : ToLowerAscii(raw)) {
      if (absl::ascii_isalnum(static_cast<unsigned char>(c))) word.push_back(c);
    }
    const bool has_letter = std::any_of(word.begin(), word.end(), [](char c) {
      return absl::ascii_isalpha(static_cast<unsigned char>(c));
    });
    if (!has_letter || IsStopWord(word)) continue;
    terms.push_back(StemWord(word));
  }
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  return terms;
}

}  // namespace claimcheck

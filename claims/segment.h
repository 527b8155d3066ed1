// Segmenter: splits an article's text into paragraphs and sentences, each
// with its Span (byte range, line and column).
//
//   absl::StatusOr<std::unique_ptr<Segmenter>> segmenter = Segmenter::Create();
//   (*segmenter)->Segment(article);   // fills article.paragraphs, .sentences
//
// Paragraphs. A blank line always ends a paragraph. A line break also ends
// one, except where a paragraph was hard-wrapped: the line ends without
// final punctuation and the next line starts with a lowercase letter. So a
// feed that puts each paragraph on one line, a headline followed by text, and
// each item of a list are paragraphs of their own.
//
// Sentences. ICU's sentence BreakIterator (locale "en@ss=standard", which
// knows abbreviations such as "Mr." and "U.S.") runs inside each paragraph,
// so a headline or list line without final punctuation is one sentence.
// Spans exclude surrounding whitespace; empty pieces are dropped.
//
// A sentence longer than kMaxSentenceBytes (a scraped page with no full
// stops, a table flattened into one line) is cut after the last space
// before that length, so that no later step works on an unbounded
// sentence; each such sentence gives one warning diagnostic. The longest
// sentence of the 2,084 Wikinews articles is 977 bytes.
//
// A Segmenter is not thread-safe (ICU's iterators keep state): make one per
// thread. Segment is linear in the text.
#ifndef CLAIMCHECK_CLAIMS_SEGMENT_H_
#define CLAIMCHECK_CLAIMS_SEGMENT_H_

#include <memory>
#include <vector>

#include "absl/status/statusor.h"
#include "claims/article.pb.h"
#include "unicode/brkiter.h"

namespace claimcheck {

class Segmenter {
 public:
  // Fails only when ICU cannot build its sentence rules (broken ICU data).
  static absl::StatusOr<std::unique_ptr<Segmenter>> Create();
  ~Segmenter();

  static constexpr size_t kMaxSentenceBytes = 4096;

  // Replaces article.paragraphs and article.sentences with those of
  // article.text. Text that is not valid UTF-8 is segmented all the same,
  // ill-formed bytes taken as U+FFFD. Sentences cut for length are reported
  // in `diagnostics` when it is given (file article.source; the record's
  // line for a feed record, else the sentence's line and column).
  void Segment(Article& article,
               std::vector<Diagnostic>* diagnostics = nullptr);

 private:
  explicit Segmenter(std::unique_ptr<icu::BreakIterator> sentences);

  std::unique_ptr<icu::BreakIterator> sentence_breaks_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLAIMS_SEGMENT_H_

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
// A Segmenter is not thread-safe (ICU's iterators keep state): make one per
// thread. Segment is linear in the text.
#ifndef CLAIMCHECK_CLAIMS_SEGMENT_H_
#define CLAIMCHECK_CLAIMS_SEGMENT_H_

#include <memory>

#include "absl/status/statusor.h"
#include "claims/article.pb.h"
#include "unicode/brkiter.h"

namespace claimcheck {

class Segmenter {
 public:
  // Fails only when ICU cannot build its sentence rules (broken ICU data).
  static absl::StatusOr<std::unique_ptr<Segmenter>> Create();
  ~Segmenter();

  // Replaces article.paragraphs and article.sentences with those of
  // article.text. Text that is not valid UTF-8 is segmented all the same,
  // ill-formed bytes taken as U+FFFD.
  void Segment(Article& article);

 private:
  explicit Segmenter(std::unique_ptr<icu::BreakIterator> sentences);

  std::unique_ptr<icu::BreakIterator> sentence_breaks_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLAIMS_SEGMENT_H_

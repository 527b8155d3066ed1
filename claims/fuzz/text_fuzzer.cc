// Fuzz target for the parsers that read article text as it comes: the line
// index, ICU segmentation and date lines. Any input must give spans inside
// the text, in order, and never crash or hang.
//
// With clang and libFuzzer (not needed for the tests), one command:
//   clang++ -std=c++17 -fsanitize=fuzzer,address -I. -Ibazel-bin
//     claims/fuzz/text_fuzzer.cc claims/segment.cc claims/line_index.cc
//     claims/published_date.cc bazel-bin/claims/article.pb.cc
//     -licuuc -licui18n -lprotobuf
//     $(pkg-config --libs absl_statusor absl_strings) -o fuzz
//   ./fuzz testdata/articles
// Under `bazel test`, text_fuzzer_replay_test feeds it a fixed corpus.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "claims/line_index.h"
#include "claims/published_date.h"
#include "claims/segment.h"
#include "tools/fuzz/check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static claimcheck::Segmenter* segmenter =
      claimcheck::Segmenter::Create().value().release();
  const std::string text(reinterpret_cast<const char*>(data), size);

  claimcheck::Article article;
  article.set_text(text);
  segmenter->Segment(article);
  uint32_t previous_end = 0;
  for (const claimcheck::Sentence& sentence : article.sentences()) {
    const claimcheck::Span& span = sentence.span();
    claimcheck::FuzzCheck(span.begin() >= previous_end);
    claimcheck::FuzzCheck(span.begin() < span.end());
    claimcheck::FuzzCheck(span.end() <= text.size());
    claimcheck::FuzzCheck(span.line() >= 1 && span.column() >= 1);
    claimcheck::FuzzCheck(span.end_line() >= span.line());
    claimcheck::FuzzCheck(sentence.paragraph() <
                          static_cast<uint32_t>(article.paragraphs_size()));
    previous_end = span.end();
  }

  claimcheck::LineIndex index(text);
  const claimcheck::TextPosition end = index.PositionOf(text.size());
  claimcheck::FuzzCheck(end.line == index.line_count());

  claimcheck::FindDateLine(text, 12);
  claimcheck::ParseIsoDate(text);
  return 0;
}

// FeedColumns: where a span of a feed record's `text` stands in the
// record's own line of the .jsonl file, for reports that point into the
// file (SARIF regions).
//
//   FeedColumns columns;
//   std::optional<FeedColumns::Range> at = columns.Locate(
//       "feeds/day.jsonl", /*line=*/4, span.begin(), span.end());
//   // at->begin_column, at->end_column: 1-based, in code points, the end
//   // exclusive; nullopt when the line cannot be read or mapped.
//
// A record's text is a JSON string, so every escape ("\n", "\"",
// "\u00e9") shifts the columns of what follows it; the byte offsets of
// the text are mapped back by reading the line again and decoding its
// top-level "text" member with positions kept. Each file's line starts
// are indexed once, as far as the lines asked for; the last line read is
// kept, since a record's evidence comes together. A line that changed
// since the run (no "text", offsets past its end, inside an escape) gives
// nullopt, and the caller points at the whole line. Written by hand: no
// Debian JSON parser reports where a value's characters stand.
// Thread-compatible.
#ifndef CLAIMCHECK_CLI_FEED_COLUMNS_H_
#define CLAIMCHECK_CLI_FEED_COLUMNS_H_

#include <cstdint>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"

namespace claimcheck {

class FeedColumns {
 public:
  struct Range {
    uint32_t begin_column;
    // Exclusive.
    uint32_t end_column;
  };

  // `begin` and `end` are byte offsets in the record's decoded text.
  std::optional<Range> Locate(const std::string& path, uint32_t line,
                              uint32_t begin, uint32_t end);

  // The same for a line already read: its `text` member's span mapped.
  static std::optional<Range> LocateInLine(absl::string_view json_line,
                                           uint32_t begin, uint32_t end);

 private:
  struct File {
    std::ifstream in;
    // Byte offsets of line starts found so far: line k (1-based) starts
    // at starts[k - 1].
    std::vector<uint64_t> starts = {0};
  };

  // Line `line` of `path`, or nullopt.
  std::optional<std::string> ReadLine(const std::string& path, uint32_t line);

  absl::flat_hash_map<std::string, std::unique_ptr<File>> files_;
  std::string last_path_;
  uint32_t last_line_ = 0;
  std::string last_text_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLI_FEED_COLUMNS_H_

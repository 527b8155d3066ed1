#include "parse/internal/conllu.h"

#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"

namespace claimcheck {
namespace tagger_internal {

absl::StatusOr<std::vector<TaggedSentence>> ParseConllu(
    absl::string_view text, absl::string_view source) {
  std::vector<TaggedSentence> sentences;
  TaggedSentence sentence;
  int line_number = 0;
  for (absl::string_view line : absl::StrSplit(text, '\n')) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      if (!sentence.words.empty()) sentences.push_back(std::move(sentence));
      sentence = TaggedSentence();
      continue;
    }
    if (line.front() == '#') continue;
    const std::vector<absl::string_view> fields = absl::StrSplit(line, '\t');
    if (fields.size() < 10) {
      return absl::InvalidArgumentError(
          absl::StrCat(source, ":", line_number, ": expected 10 tab-separated ",
                       "fields, found ", fields.size()));
    }
    // Word ids are integers; "1-2" and "8.1" are not words.
    bool is_word = !fields[0].empty();
    for (char c : fields[0]) is_word = is_word && absl::ascii_isdigit(c);
    if (!is_word) continue;
    sentence.words.emplace_back(fields[1]);
    sentence.upos.emplace_back(fields[3]);
    sentence.xpos.emplace_back(fields[4]);
  }
  if (!sentence.words.empty()) sentences.push_back(std::move(sentence));
  return sentences;
}

absl::StatusOr<std::vector<TaggedSentence>> ReadConllu(
    const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat(path, ": cannot read"));
  std::stringstream contents;
  contents << in.rdbuf();
  return ParseConllu(contents.str(), path);
}

}  // namespace tagger_internal
}  // namespace claimcheck

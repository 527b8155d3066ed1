#include "parse/internal/dependency_conllu.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"

namespace claimcheck {
namespace parser_internal {
namespace {

bool IsWordId(absl::string_view id) {
  if (id.empty()) return false;
  for (char c : id) {
    if (!absl::ascii_isdigit(c)) return false;
  }
  return true;
}

}  // namespace

absl::StatusOr<std::vector<DependencySentence>> ParseDependencyConllu(
    absl::string_view text, absl::string_view source) {
  std::vector<DependencySentence> sentences;
  DependencySentence sentence;
  // Where each head was read, to name it if it turns out out of range when
  // the sentence ends.
  std::vector<int> head_lines;
  int line_number = 0;
  auto finish_sentence = [&]() -> absl::Status {
    const int n = static_cast<int>(sentence.words.size());
    for (int i = 0; i < n; ++i) {
      if (sentence.heads[i] > n) {
        return absl::InvalidArgumentError(
            absl::StrCat(source, ":", head_lines[i], ": head ",
                         sentence.heads[i], " is not a word of the sentence"));
      }
    }
    if (n > 0) sentences.push_back(std::move(sentence));
    sentence = DependencySentence();
    head_lines.clear();
    return absl::OkStatus();
  };
  for (absl::string_view line : absl::StrSplit(text, '\n')) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      if (absl::Status status = finish_sentence(); !status.ok()) return status;
      continue;
    }
    if (line.front() == '#') continue;
    const std::vector<absl::string_view> fields = absl::StrSplit(line, '\t');
    if (fields.size() < 10) {
      return absl::InvalidArgumentError(
          absl::StrCat(source, ":", line_number, ": expected 10 tab-separated ",
                       "fields, found ", fields.size()));
    }
    if (!IsWordId(fields[0])) continue;
    int id = 0;
    int head = 0;
    if (!absl::SimpleAtoi(fields[0], &id) ||
        id != static_cast<int>(sentence.words.size()) + 1) {
      return absl::InvalidArgumentError(
          absl::StrCat(source, ":", line_number, ": word id ", fields[0],
                       ", expected ", sentence.words.size() + 1));
    }
    if (!IsWordId(fields[6]) || !absl::SimpleAtoi(fields[6], &head) ||
        head == id) {
      return absl::InvalidArgumentError(absl::StrCat(
          source, ":", line_number, ": bad head \"", fields[6], "\""));
    }
    sentence.words.emplace_back(fields[1]);
    sentence.upos.emplace_back(fields[3]);
    sentence.xpos.emplace_back(fields[4]);
    sentence.heads.push_back(head);
    sentence.relations.emplace_back(fields[7]);
    head_lines.push_back(line_number);
  }
  if (absl::Status status = finish_sentence(); !status.ok()) return status;
  return sentences;
}

absl::StatusOr<std::vector<DependencySentence>> ReadDependencyConllu(
    const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat(path, ": cannot read"));
  std::stringstream contents;
  contents << in.rdbuf();
  return ParseDependencyConllu(contents.str(), path);
}

bool IsProjective(absl::Span<const int> heads) {
  // Arcs as (left end, right end) over ids 0 (the root) .. n; two arcs
  // cross when exactly one end of one lies strictly inside the other.
  const int n = static_cast<int>(heads.size());
  for (int a = 1; a <= n; ++a) {
    const int a_left = std::min(a, heads[a - 1]);
    const int a_right = std::max(a, heads[a - 1]);
    for (int b = a + 1; b <= n; ++b) {
      const int b_left = std::min(b, heads[b - 1]);
      const int b_right = std::max(b, heads[b - 1]);
      const bool left_inside = a_left < b_left && b_left < a_right;
      const bool right_inside = a_left < b_right && b_right < a_right;
      if (left_inside != right_inside && b_left != a_left &&
          b_left != a_right && b_right != a_left && b_right != a_right) {
        return false;
      }
    }
  }
  return true;
}

}  // namespace parser_internal
}  // namespace claimcheck

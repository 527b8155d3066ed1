#include "cli/feed_columns.h"

#include "absl/strings/ascii.h"
#include "claims/line_index.h"
#include "unicode/utf8.h"

namespace claimcheck {
namespace {

// A hand-written scanner over one JSON line, just enough to find where
// the top-level "text" string starts.
class Scanner {
 public:
  explicit Scanner(absl::string_view text) : text_(text) {}

  // The index of the opening quote of the top-level "text" value.
  std::optional<size_t> FindTextValue() {
    SkipSpace();
    if (!Consume('{')) return std::nullopt;
    while (true) {
      SkipSpace();
      std::optional<std::string> key = ReadString();
      if (!key) return std::nullopt;
      SkipSpace();
      if (!Consume(':')) return std::nullopt;
      SkipSpace();
      if (*key == "text" && Peek() == '"') return at_;
      if (!SkipValue()) return std::nullopt;
      SkipSpace();
      if (Consume(',')) continue;
      return std::nullopt;  // '}' or broken: no "text"
    }
  }

 private:
  char Peek() const { return at_ < text_.size() ? text_[at_] : '\0'; }
  bool Consume(char c) {
    if (Peek() != c) return false;
    ++at_;
    return true;
  }
  void SkipSpace() {
    while (at_ < text_.size() && absl::ascii_isspace(text_[at_])) ++at_;
  }
  // A string's raw content (escapes left as written: keys need none).
  std::optional<std::string> ReadString() {
    if (!Consume('"')) return std::nullopt;
    std::string raw;
    while (at_ < text_.size() && text_[at_] != '"') {
      if (text_[at_] == '\\') raw.push_back(text_[at_++]);
      if (at_ < text_.size()) raw.push_back(text_[at_++]);
    }
    if (!Consume('"')) return std::nullopt;
    return raw;
  }
  bool SkipValue() {
    if (Peek() == '"') return ReadString().has_value();
    int depth = 0;
    while (at_ < text_.size()) {
      const char c = text_[at_];
      if (c == '"') {
        if (!ReadString()) return false;
        continue;
      }
      if (c == '{' || c == '[') ++depth;
      if (c == '}' || c == ']') {
        if (depth == 0) return true;
        --depth;
      }
      if (c == ',' && depth == 0) return true;
      ++at_;
    }
    return false;
  }

  absl::string_view text_;
  size_t at_ = 0;
};

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The \uXXXX at `raw[at]` ('\\' at `at`), or -1.
int32_t Utf16At(absl::string_view raw, size_t at) {
  if (at + 6 > raw.size() || raw[at] != '\\' || raw[at + 1] != 'u') return -1;
  int32_t unit = 0;
  for (size_t k = at + 2; k < at + 6; ++k) {
    const int digit = HexValue(raw[k]);
    if (digit < 0) return -1;
    unit = unit * 16 + digit;
  }
  return unit;
}

}  // namespace

std::optional<FeedColumns::Range> FeedColumns::LocateInLine(
    absl::string_view json_line, uint32_t begin, uint32_t end) {
  if (end < begin) return std::nullopt;
  std::optional<size_t> quote = Scanner(json_line).FindTextValue();
  if (!quote) return std::nullopt;
  // The text starts after the quote; columns count code points.
  uint32_t column = LineIndex(json_line).PositionOf(*quote + 1).column;
  size_t raw = *quote + 1;
  size_t decoded = 0;  // bytes of the text so far
  std::optional<uint32_t> begin_column, end_column;
  while (true) {
    if (decoded == begin && !begin_column) begin_column = column;
    if (decoded == end) {
      end_column = column;
      break;
    }
    if (decoded > end || raw >= json_line.size() || json_line[raw] == '"') {
      return std::nullopt;  // past the text, or inside one character
    }
    const unsigned char c = static_cast<unsigned char>(json_line[raw]);
    if (c == '\\') {
      const int32_t unit = Utf16At(json_line, raw);
      if (unit >= 0xD800 && unit < 0xDC00) {
        const int32_t low = Utf16At(json_line, raw + 6);
        if (low < 0xDC00 || low >= 0xE000) return std::nullopt;
        decoded += 4;
        raw += 12;
        column += 12;
      } else if (unit >= 0) {
        decoded += U8_LENGTH(unit);
        raw += 6;
        column += 6;
      } else {
        if (raw + 1 >= json_line.size()) return std::nullopt;
        decoded += 1;  // \n \" \\ \/ \b \f \r \t
        raw += 2;
        column += 2;
      }
      continue;
    }
    // One raw character, as many bytes in the text as in the line.
    const size_t length = U8_COUNT_TRAIL_BYTES(c) + 1;
    decoded += length;
    raw += length;
    column += 1;
  }
  if (!begin_column || !end_column) return std::nullopt;
  return Range{*begin_column, *end_column};
}

std::optional<std::string> FeedColumns::ReadLine(const std::string& path,
                                                 uint32_t line) {
  if (line == 0) return std::nullopt;
  std::unique_ptr<File>& file = files_[path];
  if (file == nullptr) {
    file = std::make_unique<File>();
    file->in.open(path, std::ios::binary);
  }
  if (!file->in.is_open()) return std::nullopt;
  std::vector<uint64_t>& starts = file->starts;
  std::string text;
  // Index the lines up to `line`, reading forward from the last known.
  if (starts.size() < line) {
    file->in.clear();
    file->in.seekg(static_cast<std::streamoff>(starts.back()));
    while (starts.size() < line) {
      if (!std::getline(file->in, text)) return std::nullopt;
      starts.push_back(starts.back() + text.size() + 1);
    }
  }
  file->in.clear();
  file->in.seekg(static_cast<std::streamoff>(starts[line - 1]));
  if (!std::getline(file->in, text)) return std::nullopt;
  if (!text.empty() && text.back() == '\r') text.pop_back();
  return text;
}

std::optional<FeedColumns::Range> FeedColumns::Locate(const std::string& path,
                                                      uint32_t line,
                                                      uint32_t begin,
                                                      uint32_t end) {
  if (path != last_path_ || line != last_line_) {
    std::optional<std::string> text = ReadLine(path, line);
    if (!text) return std::nullopt;
    last_path_ = path;
    last_line_ = line;
    last_text_ = *std::move(text);
  }
  return LocateInLine(last_text_, begin, end);
}

}  // namespace claimcheck

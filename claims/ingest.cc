#include "claims/ingest.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <istream>
#include <optional>
#include <set>
#include <sstream>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "claims/line_index.h"
#include "claims/published_date.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "unicode/uchar.h"
#include "unicode/utf8.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

constexpr absl::string_view kByteOrderMark = "\xEF\xBB\xBF";

// Feed records nested deeper than this are refused (see JsonDepth).
constexpr int kMaxJsonDepth = 64;

// Fields a feed record may carry; everything else in Article is filled here.
constexpr absl::string_view kRecordFields[] = {
    "id", "url", "outlet", "title", "published", "text", "language", "story"};

enum class InputKind { kPlainText, kFeed };

std::optional<InputKind> KindOfDirectoryEntry(const fs::path& path) {
  const std::string extension =
      absl::AsciiStrToLower(path.extension().string());
  if (extension == ".txt" || extension == ".md") return InputKind::kPlainText;
  if (extension == ".jsonl") return InputKind::kFeed;
  return std::nullopt;
}

// Byte offset of the first ill-formed UTF-8 sequence, or nullopt.
std::optional<size_t> FirstInvalidUtf8(absl::string_view text) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const int64_t length = static_cast<int64_t>(text.size());
  int64_t i = 0;
  while (i < length) {
    // ICU's macros take 32-bit indexes; walk the text in pieces below that.
    const int64_t chunk_end = std::min<int64_t>(length, i + (1 << 30));
    int32_t cursor = 0;
    const int32_t limit = static_cast<int32_t>(chunk_end - i);
    while (cursor < limit) {
      const int32_t start = cursor;
      UChar32 c;
      U8_NEXT(bytes + i, cursor, limit, c);
      if (c < 0) {
        // A sequence cut by the chunk boundary is re-read in the next chunk.
        if (chunk_end < length && cursor == limit) {
          cursor = start;
          break;
        }
        return static_cast<size_t>(i + start);
      }
    }
    if (cursor == 0) return static_cast<size_t>(i);  // cannot happen
    i += cursor;
  }
  return std::nullopt;
}

absl::string_view FirstNonEmptyLine(absl::string_view text) {
  for (absl::string_view line : absl::StrSplit(text, '\n')) {
    line = absl::StripAsciiWhitespace(line);
    if (!line.empty()) return line;
  }
  return "";
}

// A headline is short; a long first line is the first paragraph of an
// article that has no headline.
constexpr size_t kMaxTitleBytes = 200;

std::string TitleOf(absl::string_view text, bool markdown) {
  absl::string_view title = FirstNonEmptyLine(text);
  if (title.size() > kMaxTitleBytes) return "";
  if (markdown) {
    while (absl::ConsumePrefix(&title, "#")) {
    }
    title = absl::StripLeadingAsciiWhitespace(title);
  }
  return std::string(title);
}

bool IsBlank(absl::string_view text) {
  return absl::StripAsciiWhitespace(text).empty();
}

// Parses one JSON object into `message`. Returns the first line of
// protobuf's error (its second line, when there is one, is an excerpt), or
// nullopt on success.
std::optional<std::string> ParseJson(
    absl::string_view json, google::protobuf::Message& message,
    const google::protobuf::util::JsonParseOptions& options) {
  const auto status = google::protobuf::util::JsonStringToMessage(
      google::protobuf::StringPiece(json.data(), json.size()), &message,
      options);
  if (status.ok()) return std::nullopt;
  const std::string error(status.message());
  return error.substr(0, error.find('\n'));
}

// Depth of the deepest nesting of objects and arrays in `json`, outside
// strings; stops counting past `limit`. Protobuf's parsers recurse per
// level: a scraped record nested 10^5 deep must be refused before them.
int JsonDepth(absl::string_view json, int limit) {
  int depth = 0, deepest = 0;
  bool in_string = false, escaped = false;
  for (const char c : json) {
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      deepest = std::max(deepest, ++depth);
      if (deepest > limit) return deepest;
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return deepest;
}

// Characters that do not show and that a digit may hide behind: zero-width
// space and joiners, direction marks and embeddings, word joiner, BOM.
bool Invisible(UChar32 c) {
  return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069) ||
         c == 0xFEFF;
}

// Byte offsets of invisible characters next to a digit ("1\u200B200"):
// the normaliser reads such a number as two, which the reader cannot see.
// `text` is valid UTF-8.
std::vector<size_t> InvisibleBesideDigits(absl::string_view text) {
  std::vector<size_t> found;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t size = static_cast<int32_t>(text.size());
  UChar32 previous = 0;
  size_t previous_invisible = std::string::npos;
  for (int32_t i = 0; i < size;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, size, c);
    if (Invisible(c)) {
      if (previous_invisible == std::string::npos && u_isdigit(previous)) {
        found.push_back(static_cast<size_t>(start));
      } else if (previous_invisible == std::string::npos) {
        previous_invisible = static_cast<size_t>(start);
      }
      continue;
    }
    if (previous_invisible != std::string::npos && u_isdigit(c)) {
      found.push_back(previous_invisible);
    }
    previous_invisible = std::string::npos;
    previous = c;
  }
  return found;
}

// The article files under a directory, at any depth (.txt, .md, .jsonl;
// directory symlinks are not followed, so a symlink loop ends), in the
// order found, with what stopped the walk: an unreadable directory
// (`cannot_open`, nothing found) or an unreadable subdirectory
// (`stopped`, what was found before it kept).
struct ArticleFiles {
  std::vector<fs::path> paths;
  std::error_code cannot_open;
  std::error_code stopped;
};

ArticleFiles ArticleFilesIn(const std::string& directory) {
  ArticleFiles found;
  std::error_code error;
  fs::recursive_directory_iterator it(directory, error);
  if (error) {
    found.cannot_open = error;
    return found;
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (error) break;
    std::error_code type_error;
    if (it->is_regular_file(type_error) &&
        KindOfDirectoryEntry(it->path()).has_value()) {
      found.paths.push_back(it->path());
    }
  }
  found.stopped = error;
  return found;
}

// The column just past a feed record's line (less a trailing carriage
// return, which LineIndex would read as a line end).
uint32_t EndColumn(absl::string_view line) {
  absl::ConsumeSuffix(&line, "\r");
  return LineIndex(line).PositionOf(line.size()).column;
}

class ArticleReader {
 public:
  ArticleReader(const IngestOptions& options, const ArticleCallback& on_article,
                const DiagnosticCallback& on_diagnostic)
      : options_(options),
        on_article_(on_article),
        on_diagnostic_(on_diagnostic) {}

  void ReadPath(const std::string& path) {
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (error) {
      Skip(path, 0, 0, absl::StrCat("cannot read: ", error.message()));
      return;
    }
    if (fs::is_directory(status)) {
      ReadDirectory(path);
      return;
    }
    if (!fs::is_regular_file(status)) {
      // A FIFO would block the run until someone writes to it.
      Skip(path, 0, 0,
           "not a regular file (a FIFO, socket or device); not read");
      return;
    }
    const fs::path as_path(path);
    ReadFile(path,
             KindOfDirectoryEntry(as_path).value_or(InputKind::kPlainText),
             absl::AsciiStrToLower(as_path.extension().string()) == ".md");
  }

  const IngestStats& stats() const { return stats_; }

 private:
  void ReadDirectory(const std::string& directory) {
    ArticleFiles found = ArticleFilesIn(directory);
    if (found.cannot_open) {
      Skip(directory, 0, 0,
           absl::StrCat("cannot read: ", found.cannot_open.message()));
      return;
    }
    if (found.stopped) {
      // The iterator cannot go on past an unreadable subdirectory; what it
      // found so far is still read.
      Skip(directory, 0, 0,
           absl::StrCat("cannot read all of the directory: ",
                        found.stopped.message()));
    }
    std::vector<fs::path>& files = found.paths;
    if (files.empty()) {
      if (!found.stopped) {
        Skip(directory, 0, 0, "no articles (.txt, .md or .jsonl files) found");
      }
      return;
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
      ReadFile(file.string(), *KindOfDirectoryEntry(file),
               absl::AsciiStrToLower(file.extension().string()) == ".md");
    }
  }

  void ReadFile(const std::string& path, InputKind kind, bool markdown) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      Skip(path, 0, 0, absl::StrCat("cannot read: ", std::strerror(errno)));
      return;
    }
    if (kind == InputKind::kFeed) {
      ReadFeed(path, in);
      return;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) {
      Skip(path, 0, 0, absl::StrCat("cannot read: ", std::strerror(errno)));
      return;
    }
    std::string content = std::move(buffer).str();
    if (content.empty()) {
      Skip(path, 0, 0, "empty file");
      return;
    }
    ReadPlainText(path, std::move(content), markdown);
  }

  void ReadPlainText(const std::string& path, std::string content,
                     bool markdown) {
    if (content.size() > options_.max_article_bytes) {
      Skip(path, 0, 0, TooLong(content.size()));
      return;
    }
    if (absl::StartsWith(content, "\xFF\xFE") ||
        absl::StartsWith(content, "\xFE\xFF")) {
      Skip(path, 1, 1,
           "UTF-16 text (its byte order mark); only UTF-8 is read: convert "
           "it, e.g. iconv -f UTF-16 -t UTF-8");
      return;
    }
    if (const size_t nul = content.find('\0'); nul != std::string::npos) {
      SkipAt(path, content, nul,
             absl::StrCat("binary file (NUL byte at byte offset ", nul, ")"));
      return;
    }
    if (std::optional<size_t> bad = FirstInvalidUtf8(content)) {
      SkipAt(path, content, *bad,
             absl::StrCat("invalid UTF-8 at byte offset ", *bad));
      return;
    }
    if (absl::StartsWith(content, kByteOrderMark)) {
      content.erase(0, kByteOrderMark.size());
    }
    if (IsBlank(content)) {
      Skip(path, 0, 0, "empty file (only whitespace)");
      return;
    }
    Article article;
    article.set_id(options_.root.Relative(path));
    article.set_source(path);
    article.set_title(TitleOf(content, markdown));
    article.set_language("en");
    if (!options_.published.empty()) {
      article.set_published(options_.published);
      article.set_published_source(Article::PUBLISHED_FROM_FLAG);
    } else if (std::optional<std::string> date =
                   FindDateLine(content, options_.date_line_search_lines)) {
      article.set_published(*date);
      article.set_published_source(Article::PUBLISHED_FROM_TEXT);
    }
    WarnInvisible(path, content, 0);
    article.set_text(std::move(content));
    Emit(std::move(article));
  }

  // A feed is read a line at a time, so that a feed of millions of
  // records costs the memory of one (a 2.5 GB feed was read whole).
  void ReadFeed(const std::string& path, std::istream& in) {
    if (in.peek() == std::char_traits<char>::eof()) {
      if (in.bad()) {
        Skip(path, 0, 0, absl::StrCat("cannot read: ", std::strerror(errno)));
      } else {
        Skip(path, 0, 0, "empty file");
      }
      return;
    }
    std::set<std::string> unknown_fields_reported;
    uint32_t line_number = 0;
    size_t line_offset = 0;  // of the line in the file, in bytes
    bool any_record = false;
    std::string line;
    while (std::getline(in, line)) {
      ++line_number;
      const size_t next_offset = line_offset + line.size() + (in.eof() ? 0 : 1);
      absl::string_view record = line;
      size_t record_offset = line_offset;
      if (line_number == 1 && absl::StartsWith(record, kByteOrderMark)) {
        record.remove_prefix(kByteOrderMark.size());
        record_offset += kByteOrderMark.size();
      }
      line_offset = next_offset;
      if (IsBlank(record)) continue;
      any_record = true;
      ReadRecord(path, line_number, record, record_offset,
                 unknown_fields_reported);
    }
    if (in.bad()) {
      // The records before stay read.
      Skip(path, line_number, 0,
           absl::StrCat("cannot read: ", std::strerror(errno)));
      return;
    }
    if (!any_record) Skip(path, 0, 0, "empty feed (no records)");
  }

  void ReadRecord(const std::string& path, uint32_t line_number,
                  absl::string_view line, size_t line_offset,
                  std::set<std::string>& unknown_fields_reported) {
    if (std::optional<size_t> bad = FirstInvalidUtf8(line)) {
      LineIndex index(line);
      Skip(path, line_number, index.PositionOf(*bad).column,
           absl::StrCat("invalid UTF-8 at byte offset ", line_offset + *bad,
                        "; record skipped"));
      return;
    }
    if (line.size() > options_.max_article_bytes) {
      Skip(path, line_number, 0,
           absl::StrCat(TooLong(line.size()), "; record skipped"));
      return;
    }
    if (const int depth = JsonDepth(line, kMaxJsonDepth);
        depth > kMaxJsonDepth) {
      Skip(path, line_number, 0,
           absl::StrCat("record nested deeper than ", kMaxJsonDepth,
                        " levels; record skipped"));
      return;
    }
    Article article;
    if (std::optional<std::string> error = ParseJson(line, article, {})) {
      // Either malformed, or well-formed with fields an Article lacks: a
      // generic JSON parse tells which, and names those fields.
      google::protobuf::Struct object;
      if (ParseJson(line, object, {})) {
        Skip(path, line_number, 0,
             absl::StrCat("malformed record: ", *error, "; record skipped"));
        return;
      }
      google::protobuf::util::JsonParseOptions lenient;
      lenient.ignore_unknown_fields = true;
      article.Clear();
      if (std::optional<std::string> lenient_error =
              ParseJson(line, article, lenient)) {
        Skip(path, line_number, 0,
             absl::StrCat("malformed record: ", *lenient_error,
                          "; record skipped"));
        return;
      }
      for (const auto& [field, value] : object.fields()) {
        if (IsRecordField(field)) continue;
        if (unknown_fields_reported.insert(field).second) {
          Warn(path, line_number,
               absl::StrCat("unknown field \"", field,
                            "\" ignored (reported once per file)"));
        }
      }
    }
    if (IsBlank(article.text())) {
      Skip(path, line_number, 0, "record has no \"text\"; record skipped");
      return;
    }
    // Only the record's own fields come from the feed.
    article.clear_paragraphs();
    article.clear_sentences();
    article.set_source(path);
    article.set_source_line(line_number);
    article.set_source_line_end_column(EndColumn(line));
    article.set_published_source(Article::PUBLISHED_UNKNOWN);
    if (article.id().empty()) {
      // Resolved once per feed, not once per record.
      if (feed_path_ != path) {
        feed_path_ = path;
        relative_feed_path_ = options_.root.Relative(path);
      }
      article.set_id(absl::StrCat(relative_feed_path_, ":", line_number));
    }
    if (article.language().empty()) article.set_language("en");
    WarnInvisible(path, article.text(), line_number);
    ResolveFeedDate(path, line_number, article);
    Emit(std::move(article));
  }

  void ResolveFeedDate(const std::string& path, uint32_t line_number,
                       Article& article) {
    if (!article.published().empty()) {
      if (std::optional<std::string> date = ParseIsoDate(article.published())) {
        article.set_published(*date);
        article.set_published_source(Article::PUBLISHED_FROM_FEED);
        return;
      }
      Warn(path, line_number,
           absl::StrCat("published \"", article.published(),
                        "\" is not an ISO date (YYYY-MM-DD); ignored"));
      article.clear_published();
    }
    if (!options_.published.empty()) {
      article.set_published(options_.published);
      article.set_published_source(Article::PUBLISHED_FROM_FLAG);
    }
  }

  static bool IsRecordField(absl::string_view field) {
    return std::find(std::begin(kRecordFields), std::end(kRecordFields),
                     field) != std::end(kRecordFields);
  }

  void Emit(Article article) {
    ++stats_.articles;
    on_article_(std::move(article));
  }

  // A problem at byte `offset` of a file's content.
  void SkipAt(const std::string& path, absl::string_view content, size_t offset,
              absl::string_view message) {
    const TextPosition position = LineIndex(content).PositionOf(offset);
    Skip(path, position.line, position.column, message);
  }

  void Skip(const std::string& path, uint32_t line, uint32_t column,
            absl::string_view message) {
    ++stats_.skipped;
    on_diagnostic_(MakeDiagnostic(ERROR, path, line, column, message, true));
  }

  std::string TooLong(size_t bytes) const {
    return absl::StrCat(bytes, " bytes, more than the ",
                        options_.max_article_bytes,
                        " an article may have (--max-article-bytes); not read");
  }

  // One warning per text with invisible characters beside digits, at the
  // first (line and column in a plain file; the record's line in a feed).
  void WarnInvisible(const std::string& path, absl::string_view text,
                     uint32_t record_line) {
    const std::vector<size_t> found = InvisibleBesideDigits(text);
    if (found.empty()) return;
    UChar32 c;
    U8_GET(reinterpret_cast<const uint8_t*>(text.data()), 0,
           static_cast<int32_t>(found[0]), static_cast<int32_t>(text.size()),
           c);
    const std::string message = absl::StrCat(
        found.size(), " invisible character", found.size() == 1 ? "" : "s",
        " beside digits, the first U+",
        absl::AsciiStrToUpper(absl::StrCat(absl::Hex(c, absl::kZeroPad4))),
        ": a number with one inside is read as two");
    ++stats_.warnings;
    if (record_line > 0) {
      on_diagnostic_(
          MakeDiagnostic(WARNING, path, record_line, 0, message, false));
      return;
    }
    const TextPosition at = LineIndex(text).PositionOf(found[0]);
    on_diagnostic_(
        MakeDiagnostic(WARNING, path, at.line, at.column, message, false));
  }

  void Warn(const std::string& path, uint32_t line, absl::string_view message) {
    ++stats_.warnings;
    on_diagnostic_(MakeDiagnostic(WARNING, path, line, 0, message, false));
  }

  const IngestOptions& options_;
  const ArticleCallback& on_article_;
  const DiagnosticCallback& on_diagnostic_;
  IngestStats stats_;
  // The feed whose records are being read, and its path relative to the
  // root: the ids of records without one.
  std::string feed_path_;
  std::string relative_feed_path_;
};

}  // namespace

IngestStats ReadArticles(absl::Span<const std::string> paths,
                         const IngestOptions& options,
                         const ArticleCallback& on_article,
                         const DiagnosticCallback& on_diagnostic) {
  ArticleReader reader(options, on_article, on_diagnostic);
  for (const std::string& path : paths) reader.ReadPath(path);
  return reader.stats();
}

InputSize MeasureInputs(absl::Span<const std::string> paths) {
  InputSize size;
  const auto add = [&size](const fs::path& file) {
    std::error_code error;
    const uintmax_t bytes = fs::file_size(file, error);
    if (error) return;
    size.bytes += bytes;
    ++size.files;
    size.feeds += KindOfDirectoryEntry(file) == InputKind::kFeed;
  };
  for (const std::string& path : paths) {
    std::error_code error;
    if (!fs::is_directory(path, error)) {
      add(path);
      continue;
    }
    for (const fs::path& file : ArticleFilesIn(path).paths) add(file);
  }
  return size;
}

}  // namespace claimcheck

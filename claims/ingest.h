// Ingestion: reads articles from the paths a user gives and reports every
// problem with them as a Diagnostic, without stopping.
//
//   IngestOptions options;
//   options.published = "2025-11-13";             // from --date; may be empty
//   IngestStats stats = ReadArticles(
//       {"draft.md", "feeds/"}, options,
//       [](Article article) { ... },                 // each article read
//       [](const Diagnostic& d) { ... });            // each problem
//
// Inputs:
//   - a .txt or .md file (or any other file named on the command line) is one
//     article: source is the path as given, id the path relative to
//     options.root (the same however the path was typed), title its first
//     non-empty line when that is short enough to be a headline, text the
//     file's content less a UTF-8 byte order mark;
//   - a .jsonl file is a feed: one JSON object a line with `id`, `url`,
//     `outlet`, `title`, `published` (ISO date) and `text`, parsed with
//     protobuf's JSON mapping into an Article; blank lines are skipped; a
//     record without an `id` gets "PATH:LINE", PATH relative to the root;
//   - a directory is read recursively, its .txt, .md and .jsonl files in
//     sorted path order; other files in it are ignored.
//
// Published date: a feed record's `published`, else options.published, else,
// for plain files, a date line among the first lines of the text, else
// unknown (empty).
//
// Bad input never stops the run. Each of these is one ERROR diagnostic with
// `skipped` set, and the input is left out: a path that cannot be read, a
// path that is no regular file or directory (a FIFO would block the run), a
// directory with no articles, an empty file, UTF-16 text (its byte order
// mark), a binary file (NUL byte), text that is not valid UTF-8 (the message
// gives the byte offset in the file), a feed line that is not a JSON object
// of the record's fields (file:line) or is nested deeper than 64 levels, a
// record without `text`, a file or record longer than max_article_bytes.
// A WARNING, the record kept: an unknown field in a
// record (once per field and file), a `published` value that is not a date,
// invisible characters (zero-width, direction marks) beside digits, which
// split a number in two (once per text, at the first). Directory symlinks
// are not followed, so a symlink loop ends.
//
// Articles are handed over as soon as each is read, so a caller can stream a
// large feed. Not thread-safe across calls sharing callbacks; otherwise
// stateless. Cost: linear in the bytes read.
#ifndef CLAIMCHECK_CLAIMS_INGEST_H_
#define CLAIMCHECK_CLAIMS_INGEST_H_

#include <cstdint>
#include <functional>
#include <string>

#include "absl/types/span.h"
#include "claims/article.pb.h"
#include "claims/diagnostic.h"
#include "claims/root_path.h"

namespace claimcheck {

struct IngestOptions {
  // YYYY-MM-DD used when an article gives no date of its own; empty: none.
  std::string published;
  // How many lines at the top of a plain file may hold its date line.
  int date_line_search_lines = 12;
  // A plain file or feed record longer than this is no article (a scraper
  // that saved a whole site, a log): it is skipped with an error rather
  // than read for minutes. The longest Wikinews article is 30 KB.
  size_t max_article_bytes = size_t{1} << 20;
  // What the ids of plain files and of feed records without an id are
  // relative to; an empty RootPath keeps the paths as given.
  RootPath root;
};

struct IngestStats {
  int articles = 0;
  // Inputs left out: files, directories and feed records.
  int skipped = 0;
  int warnings = 0;
};

using ArticleCallback = std::function<void(Article article)>;
using DiagnosticCallback = std::function<void(const Diagnostic& diagnostic)>;

IngestStats ReadArticles(absl::Span<const std::string> paths,
                         const IngestOptions& options,
                         const ArticleCallback& on_article,
                         const DiagnosticCallback& on_diagnostic);

// What ReadArticles reads from `paths` (each file named, and a
// directory's .txt, .md and .jsonl files), for a progress display's
// percentage; paths that cannot be read count nothing. Costs a stat a file.
struct InputSize {
  uint64_t bytes = 0;
  uint64_t files = 0;
  // .jsonl files, whose records are only counted by reading them.
  uint64_t feeds = 0;
};
InputSize MeasureInputs(absl::Span<const std::string> paths);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLAIMS_INGEST_H_

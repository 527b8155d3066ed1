// `claimcheck archive add|stats|rm|export`: keep articles and their claims
// in an archive (archive/archive.h) between runs.
//
//   ArchiveCommandOptions options;
//   options.archive = "newsroom.db";               // or postgresql://...
//   int status = RunArchiveAdd({"feeds/"}, options, std::cout, std::cerr);
//
//   add     FILES...  extracts the articles of FILES (as check does) and
//                     adds them, `batch` articles per transaction; an
//                     article whose id is archived replaces it. With
//                     `records`, FILES are ExtractedArticle JSON lines
//                     (`claimcheck extract --format=json`, `archive export`)
//                     added as they are.
//   stats             the archive's schema version and counts.
//   rm      IDS...    removes the articles of those ids.
//   export            every archived record as a JSON line, in archive
//                     order: the input of `add --records`.
//
// Input problems (an unreadable file, a malformed record line) go to `err`
// as diagnostics naming file and line; the rest goes on and what was read
// is added. An archive that cannot be opened or written is one line on
// `err` and status 2; the batches added before a failure stay added.
// Returns an ExitCode (cli/exit_code.h): kExitUsageOrInputError after an
// archive failure, or (with strict_input) after skipped input; rm returns
// kExitFindings when an id was not archived.
#ifndef CLAIMCHECK_CLI_ARCHIVE_COMMAND_H_
#define CLAIMCHECK_CLI_ARCHIVE_COMMAND_H_

#include <ostream>
#include <string>
#include <vector>

#include "cli/extract.h"
#include "rules/stories.h"

namespace claimcheck {

struct ArchiveCommandOptions {
  std::string archive;
  ExtractOptions extract;
  // FILES are ExtractedArticle JSON lines, not articles.
  bool records = false;
  // Articles per transaction.
  int batch = 1000;
  // How alike articles of one story are (rules/stories.h).
  StoryOptions stories;
};

int RunArchiveAdd(const std::vector<std::string>& paths,
                  const ArchiveCommandOptions& options, std::ostream& out,
                  std::ostream& err);

int RunArchiveStats(const ArchiveCommandOptions& options, std::ostream& out,
                    std::ostream& err);

int RunArchiveRemove(const std::vector<std::string>& ids,
                     const ArchiveCommandOptions& options, std::ostream& out,
                     std::ostream& err);

int RunArchiveExport(const ArchiveCommandOptions& options, std::ostream& out,
                     std::ostream& err);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLI_ARCHIVE_COMMAND_H_

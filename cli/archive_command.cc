#include "cli/archive_command.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <memory>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "archive/archive.h"
#include "claims/diagnostic.h"
#include "cli/exit_code.h"
#include "cli/record_output.h"
#include "google/protobuf/util/json_util.h"

namespace claimcheck {
namespace {

std::unique_ptr<Archive> OpenOrReport(const ArchiveCommandOptions& options,
                                      std::ostream& err) {
  absl::StatusOr<std::unique_ptr<Archive>> archive =
      Archive::Open(options.archive);
  if (!archive.ok()) {
    err << "claimcheck: error: " << archive.status().message() << "\n";
    return nullptr;
  }
  return std::move(*archive);
}

// Adds what it is given a batch at a time.
class BatchAdder {
 public:
  BatchAdder(Archive& archive, const ArchiveCommandOptions& options)
      : archive_(archive), options_(options) {}

  // False once a batch could not be added.
  bool Push(ExtractedArticle record) {
    if (!status_.ok()) return false;
    record.mutable_article()->clear_text();
    claims_ += record.claims_size();
    pending_.push_back(std::move(record));
    if (pending_.size() >= static_cast<size_t>(std::max(1, options_.batch))) {
      Flush();
    }
    return status_.ok();
  }

  absl::Status Finish() {
    Flush();
    return status_;
  }

  int64_t added() const { return added_; }
  int64_t claims() const { return claims_; }

 private:
  void Flush() {
    if (!status_.ok() || pending_.empty()) return;
    status_ = archive_.Add(pending_, options_.stories);
    if (status_.ok()) added_ += static_cast<int64_t>(pending_.size());
    pending_.clear();
  }

  Archive& archive_;
  const ArchiveCommandOptions& options_;
  std::vector<ExtractedArticle> pending_;
  absl::Status status_;
  int64_t added_ = 0;
  int64_t claims_ = 0;
};

// Reads ExtractedArticle JSON lines; a line that is not one is a
// diagnostic. Returns the number of lines skipped.
int ReadRecords(const std::string& path, BatchAdder& adder, std::ostream& err) {
  std::ifstream in(path);
  if (!in) {
    err << FormatDiagnostic(MakeDiagnostic(
               ERROR, path, 0, 0,
               absl::StrCat("cannot read: ", std::strerror(errno)), true))
        << "\n";
    return 1;
  }
  int skipped = 0;
  std::string line;
  google::protobuf::util::JsonParseOptions parse;
  for (uint32_t number = 1; std::getline(in, line); ++number) {
    if (absl::StripAsciiWhitespace(line).empty()) continue;
    ExtractedArticle record;
    const auto status =
        google::protobuf::util::JsonStringToMessage(line, &record, parse);
    if (!status.ok() || record.article().id().empty()) {
      err << FormatDiagnostic(MakeDiagnostic(
                 ERROR, path, number, 0,
                 status.ok() ? "record has no article id"
                             : absl::StrCat("not an extracted-article record: ",
                                            status.message().ToString()),
                 true))
          << "\n";
      ++skipped;
      continue;
    }
    if (!adder.Push(std::move(record))) break;
  }
  return skipped;
}

}  // namespace

int RunArchiveAdd(const std::vector<std::string>& paths,
                  const ArchiveCommandOptions& options, std::ostream& out,
                  std::ostream& err) {
  std::unique_ptr<Archive> archive = OpenOrReport(options, err);
  if (archive == nullptr) return kExitUsageOrInputError;
  BatchAdder adder(*archive, options);
  int skipped = 0;
  if (options.records) {
    for (const std::string& path : paths) {
      skipped += ReadRecords(path, adder, err);
    }
  } else {
    ExtractStats stats;
    ExtractEach(
        paths, options.extract,
        [&](ExtractedArticle record) { adder.Push(std::move(record)); }, err,
        &stats);
    skipped = stats.skipped;
  }
  const absl::Status status = adder.Finish();
  out << "added " << adder.added() << " articles (" << adder.claims()
      << " claims) to " << archive->name();
  if (skipped > 0) out << "; " << skipped << " inputs skipped";
  out << "\n";
  if (!status.ok()) {
    err << "claimcheck: error: " << status.message() << "\n";
    return kExitUsageOrInputError;
  }
  return skipped > 0 && options.extract.strict_input ? kExitUsageOrInputError
                                                     : kExitOk;
}

int RunArchiveStats(const ArchiveCommandOptions& options, std::ostream& out,
                    std::ostream& err) {
  std::unique_ptr<Archive> archive = OpenOrReport(options, err);
  if (archive == nullptr) return kExitUsageOrInputError;
  absl::StatusOr<ArchiveStats> stats = archive->Stats();
  if (!stats.ok()) {
    err << "claimcheck: error: " << stats.status().message() << "\n";
    return kExitUsageOrInputError;
  }
  out << archive->name() << "\n"
      << "  schema version  " << stats->schema_version << "\n"
      << "  articles        " << stats->articles << "\n"
      << "  claims          " << stats->claims << "\n"
      << "  stories         " << stats->stories << "\n"
      << "  look-up rows    " << stats->index_rows << "\n"
      << "  record bytes    " << stats->record_bytes << "\n";
  return kExitOk;
}

int RunArchiveRemove(const std::vector<std::string>& ids,
                     const ArchiveCommandOptions& options, std::ostream& out,
                     std::ostream& err) {
  std::unique_ptr<Archive> archive = OpenOrReport(options, err);
  if (archive == nullptr) return kExitUsageOrInputError;
  int missing = 0;
  for (const std::string& id : ids) {
    absl::StatusOr<bool> removed = archive->Remove(id);
    if (!removed.ok()) {
      err << "claimcheck: error: " << removed.status().message() << "\n";
      return kExitUsageOrInputError;
    }
    out << (*removed ? "removed " : "not archived: ") << id << "\n";
    missing += !*removed;
  }
  return missing > 0 ? kExitFindings : kExitOk;
}

int RunArchiveExport(const ArchiveCommandOptions& options, std::ostream& out,
                     std::ostream& err) {
  std::unique_ptr<Archive> archive = OpenOrReport(options, err);
  if (archive == nullptr) return kExitUsageOrInputError;
  const absl::Status status =
      archive->Export([&](const ExtractedArticle& record) {
        out << ToJsonLine(record) << "\n";
        return static_cast<bool>(out);
      });
  if (!status.ok()) {
    err << "claimcheck: error: " << status.message() << "\n";
    return kExitUsageOrInputError;
  }
  return kExitOk;
}

}  // namespace claimcheck

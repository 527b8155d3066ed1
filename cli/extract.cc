#include "cli/extract.h"

#include <memory>

#include "absl/strings/str_cat.h"
#include "claims/claim.pb.h"
#include "claims/diagnostic.h"
#include "claims/extract.h"
#include "claims/extraction_pool.h"
#include "claims/gazetteer.h"
#include "claims/ingest.h"
#include "claims/segment.h"
#include "cli/exit_code.h"
#include "cli/record_output.h"

namespace claimcheck {
namespace {

std::string Plural(int n, absl::string_view word) {
  return absl::StrCat(n, " ", word, n == 1 ? "" : "s");
}

}  // namespace

int ExtractEach(const std::vector<std::string>& paths,
                const ExtractOptions& options,
                const std::function<void(ExtractedArticle record)>& on_record,
                std::ostream& err, ExtractStats* stats_out) {
  const Gazetteer& gazetteer =
      options.gazetteer != nullptr ? *options.gazetteer : Gazetteer::Default();
  int sentences = 0;
  int claims = 0;
  int extraction_warnings = 0;
  absl::StatusOr<std::unique_ptr<ExtractionPool>> pool = ExtractionPool::Create(
      options.threads, gazetteer, [&](ExtractedArticle record) {
        sentences += record.article().sentences_size();
        claims += record.claims_size();
        for (const Diagnostic& diagnostic : record.diagnostics()) {
          err << FormatDiagnostic(diagnostic) << "\n";
          ++extraction_warnings;
        }
        on_record(std::move(record));
      });
  if (!pool.ok()) {
    err << "claimcheck: error: " << pool.status().message() << "\n";
    return kExitUsageOrInputError;
  }
  IngestOptions ingest_options;
  ingest_options.published = options.published;
  ingest_options.max_article_bytes = options.max_article_bytes;
  ingest_options.root = options.root;
  const IngestStats stats = ReadArticles(
      paths, ingest_options,
      [&](Article article) { (*pool)->Add(std::move(article)); },
      [&](const Diagnostic& diagnostic) {
        err << FormatDiagnostic(diagnostic) << "\n";
      });
  (*pool)->Finish();
  if (stats_out != nullptr) {
    *stats_out = ExtractStats{stats.articles, sentences, claims, stats.skipped,
                              stats.warnings + extraction_warnings};
  } else {
    err << "claimcheck: " << Plural(stats.articles, "article") << ", "
        << Plural(sentences, "sentence") << ", " << Plural(claims, "claim")
        << "; " << Plural(stats.articles + stats.skipped, "input") << " read, "
        << stats.skipped << " skipped, "
        << Plural(stats.warnings + extraction_warnings, "warning") << "\n";
  }
  return options.strict_input && stats.skipped > 0 ? kExitUsageOrInputError
                                                   : kExitOk;
}

int RunExtract(const std::vector<std::string>& paths,
               const ExtractOptions& options, std::ostream& out,
               std::ostream& err) {
  return ExtractEach(
      paths, options,
      [&](ExtractedArticle record) {
        if (!options.include_text) record.mutable_article()->clear_text();
        if (options.format == OutputFormat::kJson) {
          out << ToJsonLine(record) << "\n";
        } else {
          out << "# article: " << record.article().id() << "\n"
              << ToTextproto(record);
        }
      },
      err);
}

}  // namespace claimcheck

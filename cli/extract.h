// `claimcheck extract`: reads articles, segments them into paragraphs and
// sentences, and prints one ExtractedArticle record per article (claims are
// added by the extraction stage). Problems with the input go to `err` as
// diagnostics, one line each, as they are met; a summary line ends `err`.
//
//   ExtractOptions options{.format = OutputFormat::kJson};
//   int status = RunExtract({"testdata/articles"}, options, std::cout,
//                           std::cerr);
//
// Returns kExitOk, or kExitUsageOrInputError when any input was skipped;
// every article that could be read is printed either way.
#ifndef CLAIMCHECK_CLI_EXTRACT_H_
#define CLAIMCHECK_CLI_EXTRACT_H_

#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "claims/claim.pb.h"
#include "claims/gazetteer.h"
#include "claims/root_path.h"

namespace claimcheck {

enum class OutputFormat { kJson, kTextproto };

struct ExtractOptions {
  OutputFormat format = OutputFormat::kJson;
  // YYYY-MM-DD for articles without a date of their own; empty: none.
  std::string published;
  bool include_text = false;
  // Entities claims are about; null: the built-in gazetteer.
  const Gazetteer* gazetteer = nullptr;
  // Threads that segment and extract (records still come in input order),
  // and that check and audit run their rules on (rules/engine.h); 1: all
  // on the calling thread.
  int threads = 1;
  // Skipped inputs make the exit status kExitUsageOrInputError.
  bool strict_input = false;
  // IngestOptions::max_article_bytes.
  size_t max_article_bytes = size_t{1} << 20;
  // IngestOptions::root: what article ids (and so fingerprints) are
  // relative to.
  RootPath root;
};

struct ExtractStats {
  int articles = 0;
  int sentences = 0;
  int claims = 0;
  // Files and records left out, each with a diagnostic.
  int skipped = 0;
  int warnings = 0;
};

// The pass under RunExtract: reads, segments and extracts every article of
// `paths`, hands each record to `on_record` (article text kept) in input
// order, writes diagnostics to `err`. With `stats` null it ends `err` with
// a summary line; else it fills `stats` and leaves the summary to the
// caller. Returns kExitUsageOrInputError when any input was skipped, else
// kExitOk.
int ExtractEach(const std::vector<std::string>& paths,
                const ExtractOptions& options,
                const std::function<void(ExtractedArticle record)>& on_record,
                std::ostream& err, ExtractStats* stats = nullptr);

int RunExtract(const std::vector<std::string>& paths,
               const ExtractOptions& options, std::ostream& out,
               std::ostream& err);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLI_EXTRACT_H_

// Fuzz target for rule files: any bytes parse to a rule set whose rules all
// passed the checks (unique ids, known kinds, a severity), with diagnostics
// at real lines; and the engine runs that set over a small article without
// crashing, whatever its parameters.
#include <cstdint>
#include <cstdlib>
#include <set>
#include <string>
#include <vector>

#include "claims/extract.h"
#include "claims/gazetteer.h"
#include "claims/segment.h"
#include "rules/engine.h"
#include "rules/rule_set.h"
#include "tools/fuzz/check.h"

namespace {

const std::vector<claimcheck::ExtractedArticle>& Corpus() {
  static const auto* corpus = [] {
    auto* articles = new std::vector<claimcheck::ExtractedArticle>();
    auto segmenter = claimcheck::Segmenter::Create();
    claimcheck::FuzzCheck(segmenter.ok());
    for (const char* text :
         {"China held 61.1 percent of global AI patents in 2022, WIPO said. "
          "Japan held 45 percent of global AI patents in 2022.\n\n"
          "Experts say $US1 trillion ($A3 trillion) was lost.\n",
          "China held 65 percent of global AI patents in 2022.\n\n"
          "Experts say $US1 trillion ($A3 trillion) was lost.\n"}) {
      claimcheck::Article article;
      article.set_id(std::to_string(articles->size()));
      article.set_source(article.id());
      article.set_text(text);
      articles->push_back(claimcheck::ExtractArticle(
          std::move(article), **segmenter, claimcheck::Gazetteer::Default()));
    }
    return articles;
  }();
  return *corpus;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::vector<claimcheck::Diagnostic> diagnostics;
  const claimcheck::RuleSet rules =
      claimcheck::ParseRuleSet(text, "fuzz.textproto", &diagnostics);
  const size_t lines = std::count(text.begin(), text.end(), '\n') + 1;
  for (const claimcheck::Diagnostic& d : diagnostics) {
    claimcheck::FuzzCheck(d.line() >= 1 && d.line() <= lines);
  }
  std::set<std::string> ids;
  for (const claimcheck::Rule& rule : rules.rules()) {
    claimcheck::FuzzCheck(!rule.id().empty() && ids.insert(rule.id()).second);
    claimcheck::FuzzCheck(rule.severity() != claimcheck::SEVERITY_UNSPECIFIED);
  }
  for (const claimcheck::Finding& finding :
       claimcheck::RunRules(rules, Corpus())) {
    claimcheck::FuzzCheck(ids.count(finding.rule_id()) == 1);
    claimcheck::FuzzCheck(!finding.evidence().empty());
    claimcheck::FuzzCheck(finding.fingerprint().size() == 16);
  }
  return 0;
}

#include "cli/normalize.h"

#include "cli/exit_code.h"
#include "cli/record_output.h"
#include "normalize/lexer.h"
#include "normalize/normalizer.h"
#include "normalize/quantity.h"
#include "normalize/time.h"

namespace claimcheck {
namespace {

void PrintMentions(const std::string& text,
                   const NormalizeCommandOptions& options, std::ostream& out) {
  // Each text is a document: the dollar it names is its bare "$".
  NormalizeOptions normalize = options.normalize;
  normalize.bare_dollar_currency =
      DollarOfText(Tokenize(text), normalize.bare_dollar_currency);
  for (const Mention& mention :
       Normalize(text, ParseIsoDay(options.published), normalize)) {
    out << ToJsonLine(mention) << "\n";
  }
}

}  // namespace

int RunNormalize(const std::vector<std::string>& texts,
                 const NormalizeCommandOptions& options, std::istream& in,
                 std::ostream& out) {
  if (texts.empty()) {
    for (std::string line; std::getline(in, line);) {
      PrintMentions(line, options, out);
    }
    return kExitOk;
  }
  for (const std::string& text : texts) PrintMentions(text, options, out);
  return kExitOk;
}

}  // namespace claimcheck

#include "cli/flags.h"

#include "absl/flags/flag.h"

ABSL_FLAG(std::string, format, "",
          "Output format. extract: json (one object per article a line) or "
          "textproto; check: text (diff-style) or json (one Finding a "
          "line). Empty: the command's default (extract json, check text).");
ABSL_FLAG(std::string, date, "",
          "Published date (YYYY-MM-DD) for articles that give none of their "
          "own; relative dates (\"last month\") are resolved against it.");
ABSL_FLAG(bool, include_text, false,
          "Also print each article's full text (sentences are always "
          "printed).");
ABSL_FLAG(std::string, dollar, "USD",
          "ISO 4217 code that a bare \"$\" or \"dollars\" stands for (AUD for "
          "an Australian outlet's own dollar).");
ABSL_FLAG(std::string, gazetteer, "",
          "A file of more entities (key<TAB>kind<TAB>alias|alias...), added "
          "to the built-in gazetteer (claims/data/gazetteer.tsv).");
ABSL_FLAG(std::string, rules, "",
          "A rule set in textproto (see rules/default.textproto); empty: the "
          "built-in default.");
ABSL_FLAG(std::string, fail_on, "error",
          "Exit with status 1 when a finding at or above this severity "
          "(error, warning, info) is found; \"never\" to always exit 0.");
ABSL_FLAG(std::string, rates, "",
          "Euro reference rates, the European Central Bank's CSV "
          "(eurofxref-hist.csv): money in two currencies is then compared, "
          "and bracketed conversions checked.");

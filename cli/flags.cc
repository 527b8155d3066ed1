#include "cli/flags.h"

#include "absl/flags/flag.h"

ABSL_FLAG(std::string, format, "",
          "Output format. extract: json (one object per article a line) or "
          "textproto. Empty: the command's default (json).");
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

#include "cli/flags.h"

#include <string>
#include <vector>

#include "absl/flags/flag.h"

// Each command that prints gives its own help for --format
// (cli/commands.cc, FlagHelp); this one is for no command in particular.
ABSL_FLAG(std::string, format, "",
          "Output format. extract: json (one object per article a line) or "
          "textproto; check and audit: text (diff-style), json (one Report "
          "object) or sarif (SARIF 2.1.0); diff: text or json. Empty: the "
          "command's default (extract json, the others text).");
ABSL_FLAG(std::string, color, "auto",
          "Colour in the text report: auto (when stdout is a terminal and "
          "NO_COLOR is unset), always or never.");
// Never read: a list flag's values land in CommandLine::lists (see
// cli/command_line.h); defined here so that help describes it.
ABSL_FLAG(std::vector<std::string>, against, {},
          "The articles to check the drafts against (files, directories, "
          ".jsonl feeds): every argument after --against (or --against=) up "
          "to the next flag or \"--\"; arguments after \"--\" are drafts "
          "again (check --against archive/ -- draft.md).");
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
ABSL_FLAG(std::string, story_by, "content",
          "How articles are grouped into stories, the only groups whose "
          "figures are compared across articles: \"content\" (what they "
          "share: names, counted things, headline words, within a window "
          "of days) or \"folder\" (one story per folder). A feed record's "
          "`story` field always wins.");
ABSL_FLAG(int64_t, max_article_bytes, int64_t{1} << 20,
          "A file or feed record longer than this many bytes is no article "
          "(a saved site, a log) and is skipped with an error.");
ABSL_FLAG(bool, strict_input, false,
          "Exit with status 2 when any file or feed record was skipped (each "
          "is reported on stderr and counted in the summary); without it "
          "skipped inputs do not change the exit status.");
ABSL_FLAG(int, threads, 0,
          "Threads that read articles' sentences and claims and run the "
          "rules; 0: one per core. The report is the same whatever the "
          "number.");
ABSL_FLAG(std::string, archive, "",
          "The archive: an SQLite file (created when missing) or a "
          "PostgreSQL URL (postgresql://user@host/db).");
ABSL_FLAG(bool, records, false,
          "add: FILES are extracted-article JSON lines (the output of "
          "`claimcheck extract --format=json` or `archive export`), added as "
          "they are.");
ABSL_FLAG(int, shard_articles, 3000,
          "audit: past this many articles, the articles go to a temporary "
          "file ($TMPDIR, else /tmp) and the rules read them back about "
          "this many at a time (whole stories), so that memory stays "
          "bounded; the findings are the same whatever the number.");
ABSL_FLAG(int, batch, 1000,
          "Articles added to the archive per transaction: a run stopped "
          "midway keeps the batches before.");
ABSL_FLAG(std::string, root, "",
          "The directory that articles' ids, and so the findings' "
          "fingerprints and SARIF's file URIs, are relative to, so that they "
          "do not change with how a path was typed (absolute, relative, "
          "through a symbolic link); empty: the current directory.");
ABSL_FLAG(int64_t, max_results, 25000,
          "--format=sarif: at most this many results, the most severe kept, "
          "and a notification in the log saying how many were left out "
          "(GitHub code scanning takes 25,000 a run); 0: every finding.");

// Diagnostics: problems in the user's input (a file, a feed record, a rule
// file), each with severity, file, line, column and message, printed in the
// form compilers use so that editors can jump to them:
//
//   feeds/day1.jsonl:14: error: malformed record: Expected : between key:value
//   pair. draft.txt:3:17: error: invalid UTF-8 at byte offset 112
//
// A diagnostic is not a failure of the stage (that is an absl::Status): the
// run goes on after it.
#ifndef CLAIMCHECK_CLAIMS_DIAGNOSTIC_H_
#define CLAIMCHECK_CLAIMS_DIAGNOSTIC_H_

#include <cstdint>
#include <string>

#include "absl/strings/string_view.h"
#include "claims/article.pb.h"

namespace claimcheck {

// `line` and `column` are 1-based; 0 means "the file as a whole" / "the
// whole line".
Diagnostic MakeDiagnostic(Severity severity, absl::string_view file,
                          uint32_t line, uint32_t column,
                          absl::string_view message, bool skipped);

// "file:line:column: severity: message"; line and column are left out when
// zero. No trailing newline.
std::string FormatDiagnostic(const Diagnostic& diagnostic);

// "error", "warning", "info".
absl::string_view SeverityName(Severity severity);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLAIMS_DIAGNOSTIC_H_

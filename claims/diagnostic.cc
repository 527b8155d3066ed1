#include "claims/diagnostic.h"

#include "absl/strings/str_cat.h"

namespace claimcheck {

Diagnostic MakeDiagnostic(Severity severity, absl::string_view file,
                          uint32_t line, uint32_t column,
                          absl::string_view message, bool skipped) {
  Diagnostic diagnostic;
  diagnostic.set_severity(severity);
  diagnostic.set_file(std::string(file));
  diagnostic.set_line(line);
  diagnostic.set_column(column);
  diagnostic.set_message(std::string(message));
  diagnostic.set_skipped(skipped);
  return diagnostic;
}

absl::string_view SeverityName(Severity severity) {
  switch (severity) {
    case ERROR:
      return "error";
    case WARNING:
      return "warning";
    case INFO:
      return "info";
    default:
      return "note";
  }
}

std::string FormatDiagnostic(const Diagnostic& diagnostic) {
  std::string position = diagnostic.file();
  if (diagnostic.line() > 0) {
    absl::StrAppend(&position, ":", diagnostic.line());
    if (diagnostic.column() > 0) {
      absl::StrAppend(&position, ":", diagnostic.column());
    }
  }
  return absl::StrCat(position, ": ", SeverityName(diagnostic.severity()), ": ",
                      diagnostic.message());
}

}  // namespace claimcheck

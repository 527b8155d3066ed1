// The version of claimcheck: printed by `claimcheck --version` and written
// into SARIF reports (tool.driver.version). Raised by hand with each
// release. kReportSchemaVersion: the JSON report's format (Report in
// cli/report.proto), which `claimcheck diff` checks.
#ifndef CLAIMCHECK_CLI_VERSION_H_
#define CLAIMCHECK_CLI_VERSION_H_

namespace claimcheck {

inline constexpr char kClaimcheckVersion[] = "0.2.0";
inline constexpr unsigned kReportSchemaVersion = 2;

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLI_VERSION_H_

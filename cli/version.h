// The version of claimcheck: printed by `claimcheck --version` and written
// into SARIF reports (tool.driver.version). Raised by hand with each
// release.
#ifndef CLAIMCHECK_CLI_VERSION_H_
#define CLAIMCHECK_CLI_VERSION_H_

namespace claimcheck {

inline constexpr char kClaimcheckVersion[] = "0.1.0";

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLI_VERSION_H_

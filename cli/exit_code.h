// Exit statuses of the claimcheck binary, documented in --help and the README.
#ifndef CLAIMCHECK_CLI_EXIT_CODE_H_
#define CLAIMCHECK_CLI_EXIT_CODE_H_

namespace claimcheck {

enum ExitCode : int {
  // Done; no finding at or above the --fail-on severity.
  kExitOk = 0,
  // Findings at or above --fail-on.
  kExitFindings = 1,
  // A usage error, or input left out of the run (each one reported).
  kExitUsageOrInputError = 2,
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLI_EXIT_CODE_H_

// The claimcheck command line: `claimcheck COMMAND [FLAGS] ARGS...`.
//
//   int status = RunClaimcheck({"extract", "--format=json", "a.txt"},
//                              std::cin, std::cout, std::cerr);
//
// Reads standard input only from `in` (`normalize` with no TEXT reads its
// lines); writes only to `out` and `err`. An output that cannot be written
// (a full disk) is reported on `err` and returns 2.
// `claimcheck --help` lists the commands; `claimcheck COMMAND --help`
// explains that command's flags. Returns an ExitCode (cli/exit_code.h):
// usage errors print one line and the usage hint to `err` and return 2.
// Not thread-safe: flags are process-wide.
#ifndef CLAIMCHECK_CLI_COMMANDS_H_
#define CLAIMCHECK_CLI_COMMANDS_H_

#include <istream>
#include <ostream>
#include <string>

#include "absl/types/span.h"

namespace claimcheck {

// `args` excludes the program name.
int RunClaimcheck(absl::Span<const std::string> args, std::istream& in,
                  std::ostream& out, std::ostream& err);

// The same with nothing on standard input.
int RunClaimcheck(absl::Span<const std::string> args, std::ostream& out,
                  std::ostream& err);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLI_COMMANDS_H_

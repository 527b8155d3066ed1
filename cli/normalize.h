// `claimcheck normalize`: prints each quantity and date phrase of each TEXT
// as one JSON object a line (a Mention record in protobuf's JSON mapping):
//
//   {"text":"61.1 percent","begin":15,"end":27,"quantity":{"low":61.1,
//    "high":61.1,"unit":"PERCENT","currency":"","approx":"EXACT",...}}
//   {"text":"in 2022"...,"time":{"begin":"2022-01-01","end":"2022-12-31",
//    "granularity":"YEAR",...}}
//
// begin and end are byte offsets into the TEXT. With no TEXT, each line of
// `in` is one text. Returns kExitOk.
#ifndef CLAIMCHECK_CLI_NORMALIZE_H_
#define CLAIMCHECK_CLI_NORMALIZE_H_

#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "normalize/quantity.h"

namespace claimcheck {

struct NormalizeCommandOptions {
  // YYYY-MM-DD that relative dates resolve against; empty: none.
  std::string published;
  NormalizeOptions normalize;
};

int RunNormalize(const std::vector<std::string>& texts,
                 const NormalizeCommandOptions& options, std::istream& in,
                 std::ostream& out);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLI_NORMALIZE_H_

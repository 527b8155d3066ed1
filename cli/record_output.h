// Printing records (protobuf messages) the way every claimcheck command does:
// JSON through protobuf's JSON mapping (lowerCamelCase names, enums by name,
// zero values printed so consumers always find each field), one object a
// line; or textproto.
#ifndef CLAIMCHECK_CLI_RECORD_OUTPUT_H_
#define CLAIMCHECK_CLI_RECORD_OUTPUT_H_

#include <string>

#include "google/protobuf/message.h"

namespace claimcheck {

// One line of JSON, no trailing newline.
std::string ToJsonLine(const google::protobuf::Message& message);

// Protobuf text format, ending with a newline.
std::string ToTextproto(const google::protobuf::Message& message);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLI_RECORD_OUTPUT_H_

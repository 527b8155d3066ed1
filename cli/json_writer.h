// AppendJson: a protobuf message as one line of JSON, exactly as protobuf's
// JSON printer writes it with always_print_primitive_fields (what every
// claimcheck command prints; cli/record_output.h), but written straight
// from the message by reflection.
//
//   std::string line;
//   if (!AppendJson(record, &line)) line = <protobuf's printer>;
//
// Protobuf's printer serialises the message, re-reads the bytes as a
// stream of events and builds a tree of nodes to fill in default values
// before it writes a character: for the records of `extract` that was a
// tenth of the run. This writer covers what our messages hold (scalars,
// strings, enums, nested and repeated messages, proto3 optional fields and
// oneofs); for anything else (maps, well-known types, invalid UTF-8,
// groups) it returns false, leaves `out` as it was, and the caller falls
// back to protobuf's printer. json_writer_test compares the two on every
// sample record, report and diff, on every Unicode code point and on
// special doubles. Written by hand because no Debian package offers a
// faster exact writer for protobuf's JSON mapping. Thread-safe.
#ifndef CLAIMCHECK_CLI_JSON_WRITER_H_
#define CLAIMCHECK_CLI_JSON_WRITER_H_

#include <string>

#include "google/protobuf/message.h"

namespace claimcheck {

bool AppendJson(const google::protobuf::Message& message, std::string* out);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLI_JSON_WRITER_H_

#include "cli/record_output.h"

#include "cli/json_writer.h"
#include "google/protobuf/text_format.h"
#include "google/protobuf/util/json_util.h"

namespace claimcheck {

std::string ToJsonLine(const google::protobuf::Message& message) {
  std::string json;
  // The same bytes as protobuf's printer below, several times faster;
  // protobuf's for what the writer leaves to it (cli/json_writer.h).
  if (AppendJson(message, &json)) return json;
  google::protobuf::util::JsonPrintOptions options;
  options.always_print_primitive_fields = true;
  // Printing a valid message cannot fail; on the impossible failure the
  // line is empty rather than half-written.
  if (!google::protobuf::util::MessageToJsonString(message, &json, options)
           .ok()) {
    json.clear();
  }
  return json;
}

std::string ToTextproto(const google::protobuf::Message& message) {
  std::string text;
  google::protobuf::TextFormat::PrintToString(message, &text);
  return text;
}

}  // namespace claimcheck

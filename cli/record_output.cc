#include "cli/record_output.h"

#include "google/protobuf/text_format.h"
#include "google/protobuf/util/json_util.h"

namespace claimcheck {

std::string ToJsonLine(const google::protobuf::Message& message) {
  google::protobuf::util::JsonPrintOptions options;
  options.always_print_primitive_fields = true;
  std::string json;
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

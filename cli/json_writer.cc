#include "cli/json_writer.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <type_traits>

#include "absl/container/inlined_vector.h"
#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/descriptor.pb.h"
#include "google/protobuf/stubs/strutil.h"

namespace claimcheck {
namespace {

using google::protobuf::Descriptor;
using google::protobuf::EnumValueDescriptor;
using google::protobuf::FieldDescriptor;
using google::protobuf::Message;
using google::protobuf::Reflection;

// The code points protobuf's printer writes as \u escapes besides the
// control characters, '"' and '\\' (measured over every code point by
// json_writer_test): characters that are invisible or that some parsers
// and HTML pages mistreat.
bool EscapedCodePoint(uint32_t c) {
  if (c < 0x20 || c == '<' || c == '>' || (c >= 0x7F && c <= 0x9F) ||
      c == 0xAD) {
    return true;
  }
  if (c < 0x600) return false;
  return (c >= 0x600 && c <= 0x603) || c == 0x6DD || c == 0x70F ||
         c == 0x17B4 || c == 0x17B5 || (c >= 0x200B && c <= 0x200F) ||
         (c >= 0x2028 && c <= 0x202E) || (c >= 0x2060 && c <= 0x2064) ||
         (c >= 0x206A && c <= 0x206F) || c == 0xFEFF ||
         (c >= 0xFFF9 && c <= 0xFFFB) || (c >= 0x1D173 && c <= 0x1D17A) ||
         c == 0xE0001 || (c >= 0xE0020 && c <= 0xE007F);
}

void AppendUnicodeEscape(uint32_t unit, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  const char escape[6] = {'\\',
                          'u',
                          kHex[unit >> 12 & 0xF],
                          kHex[unit >> 8 & 0xF],
                          kHex[unit >> 4 & 0xF],
                          kHex[unit & 0xF]};
  out->append(escape, 6);
}

// The UTF-8 sequence at s[i] (its code point and length), or false when
// the bytes there are not valid UTF-8 (protobuf's printer drops such
// bytes; the caller falls back to it).
bool DecodeUtf8(const std::string& s, size_t i, uint32_t* code_point,
                size_t* length) {
  const auto byte = [&](size_t k) { return static_cast<uint8_t>(s[k]); };
  const uint8_t lead = byte(i);
  size_t n;
  uint32_t c;
  if (lead < 0x80) {
    *code_point = lead;
    *length = 1;
    return true;
  } else if (lead >= 0xC2 && lead <= 0xDF) {
    n = 2;
    c = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    n = 3;
    c = lead & 0x0F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    n = 4;
    c = lead & 0x07;
  } else {
    return false;
  }
  if (i + n > s.size()) return false;
  for (size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return false;
    c = c << 6 | (byte(i + k) & 0x3F);
  }
  // Overlong forms, surrogates and code points past U+10FFFF.
  if ((n == 3 && c < 0x800) || (n == 4 && (c < 0x10000 || c > 0x10FFFF)) ||
      (c >= 0xD800 && c <= 0xDFFF)) {
    return false;
  }
  *code_point = c;
  *length = n;
  return true;
}

bool AppendString(const std::string& s, std::string* out) {
  out->push_back('"');
  size_t plain = 0;  // start of the bytes not yet copied
  for (size_t i = 0; i < s.size();) {
    const uint8_t lead = static_cast<uint8_t>(s[i]);
    // Most bytes are printable ASCII that stands for itself.
    if (lead >= 0x20 && lead < 0x7F && lead != '"' && lead != '\\' &&
        lead != '<' && lead != '>') {
      ++i;
      continue;
    }
    uint32_t c;
    size_t length;
    if (!DecodeUtf8(s, i, &c, &length)) return false;
    if (c == '"' || c == '\\' || EscapedCodePoint(c)) {
      out->append(s, plain, i - plain);
      switch (c) {
        case '"':
          out->append("\\\"");
          break;
        case '\\':
          out->append("\\\\");
          break;
        case '\b':
          out->append("\\b");
          break;
        case '\f':
          out->append("\\f");
          break;
        case '\n':
          out->append("\\n");
          break;
        case '\r':
          out->append("\\r");
          break;
        case '\t':
          out->append("\\t");
          break;
        default:
          if (c >= 0x10000) {  // a surrogate pair, as JSON spells it
            AppendUnicodeEscape(0xD800 + ((c - 0x10000) >> 10), out);
            AppendUnicodeEscape(0xDC00 + ((c - 0x10000) & 0x3FF), out);
          } else {
            AppendUnicodeEscape(c, out);
          }
      }
      plain = i + length;
    }
    i += length;
  }
  out->append(s, plain, s.size() - plain);
  out->push_back('"');
  return true;
}

// A double or float as protobuf writes it: its own shortest round-trip
// form (SimpleDtoa: 15 digits when they suffice, else 17; SimpleFtoa
// likewise), and the names JSON has no numbers for as strings.
template <typename Floating>
void AppendFloating(Floating value, std::string* out) {
  if (std::isnan(value)) {
    out->append("\"NaN\"");
  } else if (std::isinf(value)) {
    out->append(value > 0 ? "\"Infinity\"" : "\"-Infinity\"");
  } else if constexpr (std::is_same_v<Floating, double>) {
    out->append(google::protobuf::SimpleDtoa(value));
  } else {
    out->append(google::protobuf::SimpleFtoa(value));
  }
}

bool AppendMessage(const Message& message, std::string* out);

// Protobuf's printer writes the fields of a oneof (proto3 optional fields
// are each one of their own) after all the others, each group in number
// order.
bool InPrintedOrder(const FieldDescriptor* a, const FieldDescriptor* b) {
  const bool a_oneof = a->containing_oneof() != nullptr;
  const bool b_oneof = b->containing_oneof() != nullptr;
  if (a_oneof != b_oneof) return b_oneof;
  return a->number() < b->number();
}

// One value of `field`: the element at `index` when the field is repeated.
bool AppendValue(const Message& message, const FieldDescriptor& field,
                 int index, std::string* out) {
  const Reflection& r = *message.GetReflection();
  const bool repeated = field.is_repeated();
  switch (field.cpp_type()) {
    case FieldDescriptor::CPPTYPE_INT32:
      absl::StrAppend(out, repeated ? r.GetRepeatedInt32(message, &field, index)
                                    : r.GetInt32(message, &field));
      return true;
    case FieldDescriptor::CPPTYPE_UINT32:
      absl::StrAppend(out, repeated
                               ? r.GetRepeatedUInt32(message, &field, index)
                               : r.GetUInt32(message, &field));
      return true;
    case FieldDescriptor::CPPTYPE_INT64:
      // 64-bit integers are strings in protobuf's JSON.
      absl::StrAppend(out, "\"",
                      repeated ? r.GetRepeatedInt64(message, &field, index)
                               : r.GetInt64(message, &field),
                      "\"");
      return true;
    case FieldDescriptor::CPPTYPE_UINT64:
      absl::StrAppend(out, "\"",
                      repeated ? r.GetRepeatedUInt64(message, &field, index)
                               : r.GetUInt64(message, &field),
                      "\"");
      return true;
    case FieldDescriptor::CPPTYPE_DOUBLE:
      AppendFloating(repeated ? r.GetRepeatedDouble(message, &field, index)
                              : r.GetDouble(message, &field),
                     out);
      return true;
    case FieldDescriptor::CPPTYPE_FLOAT:
      AppendFloating(repeated ? r.GetRepeatedFloat(message, &field, index)
                              : r.GetFloat(message, &field),
                     out);
      return true;
    case FieldDescriptor::CPPTYPE_BOOL:
      out->append((repeated ? r.GetRepeatedBool(message, &field, index)
                            : r.GetBool(message, &field))
                      ? "true"
                      : "false");
      return true;
    case FieldDescriptor::CPPTYPE_ENUM: {
      const int number = repeated
                             ? r.GetRepeatedEnumValue(message, &field, index)
                             : r.GetEnumValue(message, &field);
      const EnumValueDescriptor* value =
          field.enum_type()->FindValueByNumber(number);
      if (value == nullptr) {
        absl::StrAppend(out, number);  // an open enum's unknown value
      } else {
        absl::StrAppend(out, "\"", value->name(), "\"");
      }
      return true;
    }
    case FieldDescriptor::CPPTYPE_STRING: {
      std::string scratch;
      const std::string& value =
          repeated
              ? r.GetRepeatedStringReference(message, &field, index, &scratch)
              : r.GetStringReference(message, &field, &scratch);
      if (field.type() == FieldDescriptor::TYPE_BYTES) {
        absl::StrAppend(out, "\"", absl::Base64Escape(value), "\"");
        return true;
      }
      return AppendString(value, out);
    }
    case FieldDescriptor::CPPTYPE_MESSAGE:
      return AppendMessage(repeated
                               ? r.GetRepeatedMessage(message, &field, index)
                               : r.GetMessage(message, &field),
                           out);
  }
  return false;
}

bool AppendMessage(const Message& message, std::string* out) {
  const Descriptor& type = *message.GetDescriptor();
  if (type.file()->name().rfind("google/protobuf/", 0) == 0 ||
      type.options().map_entry()) {
    return false;  // well-known types print in forms of their own
  }
  const Reflection& r = *message.GetReflection();
  // Fields print in number order, whatever order the .proto declares them
  // in, oneof members last (InPrintedOrder).
  // On the stack for any message of ours: no allocation per message.
  absl::InlinedVector<const FieldDescriptor*, 32> fields;
  for (int i = 0; i < type.field_count(); ++i) fields.push_back(type.field(i));
  if (!std::is_sorted(fields.begin(), fields.end(), InPrintedOrder)) {
    std::sort(fields.begin(), fields.end(), InPrintedOrder);
  }
  out->push_back('{');
  bool first = true;
  for (const FieldDescriptor* in_order : fields) {
    const FieldDescriptor& field = *in_order;
    if (field.is_map() || field.type() == FieldDescriptor::TYPE_GROUP) {
      return false;
    }
    // Unset fields that have presence (messages, proto3 optional and
    // oneof members) are left out; the rest print their zero values.
    if (!field.is_repeated() && field.has_presence() &&
        !r.HasField(message, &field)) {
      continue;
    }
    if (!first) out->push_back(',');
    first = false;
    absl::StrAppend(out, "\"", field.json_name(), "\":");
    if (field.is_repeated()) {
      out->push_back('[');
      const int size = r.FieldSize(message, &field);
      for (int k = 0; k < size; ++k) {
        if (k > 0) out->push_back(',');
        if (!AppendValue(message, field, k, out)) return false;
      }
      out->push_back(']');
    } else if (!AppendValue(message, field, -1, out)) {
      return false;
    }
  }
  out->push_back('}');
  return true;
}

}  // namespace

bool AppendJson(const Message& message, std::string* out) {
  const size_t size = out->size();
  if (AppendMessage(message, out)) return true;
  out->resize(size);
  return false;
}

}  // namespace claimcheck

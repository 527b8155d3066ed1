// NameKey: one key for the ways a name is written, so that the same person,
// place or organisation meets itself across articles.
//
//   NameKey("Zhu Songchun")   == "songchun zhu"
//   NameKey("Song-Chun Zhu")  == "songchun zhu"
//   NameKey("朱松纯")          == "songchun zhu"
//   NameKey("Zhū Sōngchún")   == "songchun zhu"
//   NameKey("U.S.")           == "us"
//
// Steps: ICU transliterates any script to Latin, then to ASCII, lowercases
// and applies NFKC ("Any-Latin; Latin-ASCII; Any-Lower; NFKC"). A name
// written in Han script becomes its family name and its given name with the
// syllables joined ("zhu songchun"), as romanised names are written. Then
// hyphens inside a part and all other punctuation go, and the parts are
// sorted, so order ("Zhu Songchun", "Songchun Zhu") does not matter.
//
// Returns "" when the name has no letters or digits. Thread-safe (each
// thread keeps its own transliterator); cost linear in the name.
#ifndef CLAIMCHECK_NORMALIZE_NAMES_H_
#define CLAIMCHECK_NORMALIZE_NAMES_H_

#include <string>

#include "absl/strings/string_view.h"

namespace claimcheck {

std::string NameKey(absl::string_view name);

// The name in Latin script, lowercase ASCII, punctuation kept, words in
// their order: "朱松纯" -> "zhu song chun", "École" -> "ecole". What
// NameKey starts from.
std::string ToLowerAscii(absl::string_view text);

}  // namespace claimcheck

#endif  // CLAIMCHECK_NORMALIZE_NAMES_H_

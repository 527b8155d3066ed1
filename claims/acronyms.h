// Acronyms: the short forms an article defines ("International Business
// Machines (IBM)", "the IEA (International Energy Agency)") and the common
// ones every reader knows (claims/data/acronyms.tsv: "AI", "GDP", "EU"), so
// that a figure about "IBM" meets one about "International Business
// Machines", and "AI patents" meets "artificial intelligence patents".
//
//   Acronyms acronyms = Acronyms::Defined(text);   // plus the built-in table
//   acronyms.Expand("IBM")   -> "International Business Machines"
//   acronyms.Expand("AI")    -> "artificial intelligence"  (built in)
//   Initials("International Business Machines") -> "ibm"
//
// A definition is a bracketed run of 2-8 capitals (a trailing "s" allowed)
// right after capitalised words whose initials spell it, small words (of,
// the, and, for, &, de, on, in) skipped or not; or the same written the
// other way round. The article's definitions win over the built-in table.
// Cost: linear in the text. Immutable after construction; thread-safe.
#ifndef CLAIMCHECK_CLAIMS_ACRONYMS_H_
#define CLAIMCHECK_CLAIMS_ACRONYMS_H_

#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"

namespace claimcheck {

class Acronyms {
 public:
  // The built-in table only.
  static const Acronyms& BuiltIn();
  // The built-in table plus the definitions of `text`.
  static Acronyms Defined(absl::string_view text);

  // The expansion of `acronym` (as written, case-sensitive), or "".
  std::string Expand(absl::string_view acronym) const;

 private:
  absl::flat_hash_map<std::string, std::string> expansions_;
};

// Lowercase initials of a name's capitalised words, small words skipped:
// "Organization of the Petroleum Exporting Countries" -> "opec". Empty for
// a single word.
std::string Initials(absl::string_view name);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CLAIMS_ACRONYMS_H_

#include "claims/segment.h"

#include <string>
#include <utility>
#include <vector>

#include "absl/memory/memory.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "claims/diagnostic.h"
#include "claims/line_index.h"
#include "unicode/brkiter.h"
#include "unicode/locid.h"
#include "unicode/uchar.h"
#include "unicode/utext.h"
#include "unicode/utf8.h"

namespace claimcheck {
namespace {

struct ByteRange {
  size_t begin;
  size_t end;
};

// Ill-formed bytes (c < 0) are not space: they stay inside spans.
bool IsSpace(UChar32 c) { return c >= 0 && u_isUWhiteSpace(c); }

// Shrinks [begin, end) of `text` past whitespace at both ends.
ByteRange TrimSpace(absl::string_view text, ByteRange range) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  while (range.begin < range.end) {
    int32_t i = static_cast<int32_t>(range.begin);
    UChar32 c;
    U8_NEXT(s, i, static_cast<int32_t>(range.end), c);
    if (!IsSpace(c)) break;
    range.begin = static_cast<size_t>(i);
  }
  while (range.end > range.begin) {
    int32_t i = static_cast<int32_t>(range.end);
    UChar32 c;
    U8_PREV(s, static_cast<int32_t>(range.begin), i, c);
    if (!IsSpace(c)) break;
    range.end = static_cast<size_t>(i);
  }
  return range;
}

// True when a line ending in `last` closes its sentence (or is a headline's
// own end), so a following line starts a new paragraph.
bool EndsStatement(UChar32 last) {
  switch (last) {
    case '.':
    case '!':
    case '?':
    case ':':
    case ';':
    case '"':
    case '\'':
    case ')':
    case ']':
    case 0x201D:  // ”
    case 0x2019:  // ’
    case 0x2026:  // …
      return true;
    default:
      return false;
  }
}

// Lines of `text` without their terminators, trimmed; blank lines are empty.
std::vector<ByteRange> TrimmedLines(absl::string_view text) {
  std::vector<ByteRange> lines;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n' || text[i] == '\r') {
      lines.push_back(TrimSpace(text, {start, i}));
      if (i < text.size() && text[i] == '\r' && i + 1 < text.size() &&
          text[i + 1] == '\n') {
        ++i;
      }
      start = i + 1;
    }
  }
  return lines;
}

UChar32 FirstCodePoint(absl::string_view text, ByteRange r) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = static_cast<int32_t>(r.begin);
  UChar32 c;
  U8_NEXT(s, i, static_cast<int32_t>(r.end), c);
  return c;
}

UChar32 LastCodePoint(absl::string_view text, ByteRange r) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  int32_t i = static_cast<int32_t>(r.end);
  UChar32 c;
  U8_PREV(s, static_cast<int32_t>(r.begin), i, c);
  return c;
}

std::vector<ByteRange> FindParagraphs(absl::string_view text) {
  std::vector<ByteRange> paragraphs;
  bool open = false;
  ByteRange previous_line{0, 0};
  for (const ByteRange& line : TrimmedLines(text)) {
    if (line.begin == line.end) {
      open = false;
      continue;
    }
    // A line that starts in lowercase after one without final punctuation
    // was hard-wrapped; one that starts with a comma or a closing mark goes
    // on its sentence whatever came before (scraped pages break lines at
    // links: "Tingwen Huang\n, one of the...").
    const UChar32 first = FirstCodePoint(text, line);
    const bool continues_punctuation = first == ',' || first == ';' ||
                                       first == ':' || first == ')' ||
                                       first == '.';
    const bool hard_wrapped =
        open && ((!EndsStatement(LastCodePoint(text, previous_line)) &&
                  u_islower(first)) ||
                 continues_punctuation);
    if (hard_wrapped) {
      paragraphs.back().end = line.end;
    } else {
      paragraphs.push_back(line);
    }
    open = true;
    previous_line = line;
  }
  return paragraphs;
}

// Where to cut an overlong sentence that starts at `begin`: after the last
// whitespace in its first `limit` bytes, so no word is split; where there
// is none in the second half of them, at the last code point boundary.
size_t CutPoint(absl::string_view text, size_t begin, size_t limit) {
  const size_t end = begin + limit;
  for (size_t i = end; i > begin + limit / 2; --i) {
    const char c = text[i - 1];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return i;
  }
  size_t cut = end;
  while (cut > begin + 1 && (static_cast<uint8_t>(text[cut]) & 0xC0) == 0x80) {
    --cut;
  }
  return cut;
}

}  // namespace

absl::StatusOr<std::unique_ptr<Segmenter>> Segmenter::Create() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> sentences(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"),
                                                 status));
  if (U_FAILURE(status) || sentences == nullptr) {
    return absl::InternalError(absl::StrCat(
        "ICU cannot create a sentence break iterator: ", u_errorName(status)));
  }
  return absl::WrapUnique(new Segmenter(std::move(sentences)));
}

Segmenter::Segmenter(std::unique_ptr<icu::BreakIterator> sentences)
    : sentence_breaks_(std::move(sentences)) {}

Segmenter::~Segmenter() = default;

void Segmenter::Segment(Article& article,
                        std::vector<Diagnostic>* diagnostics) {
  article.clear_paragraphs();
  article.clear_sentences();
  const std::string& text = article.text();
  const LineIndex index(text);

  std::string buffer;
  int cut_sentences = 0;
  Span first_cut;
  size_t first_cut_bytes = 0;
  for (const ByteRange& paragraph : FindParagraphs(text)) {
    const uint32_t paragraph_number = article.paragraphs_size();
    *article.add_paragraphs()->mutable_span() =
        index.MakeSpan(paragraph.begin, paragraph.end);

    // ICU breaks sentences at every line break; a hard-wrapped paragraph's
    // breaks are spaces to it. Same length, so offsets stay aligned.
    buffer.assign(text, paragraph.begin, paragraph.end - paragraph.begin);
    for (char& c : buffer) {
      if (c == '\n' || c == '\r') c = ' ';
    }
    UErrorCode status = U_ZERO_ERROR;
    UText* utext = utext_openUTF8(nullptr, buffer.data(),
                                  static_cast<int64_t>(buffer.size()), &status);
    sentence_breaks_->setText(utext, status);
    if (U_FAILURE(status)) {
      // Cannot happen for an in-memory UTF-8 buffer; keep the paragraph
      // whole rather than lose it.
      utext_close(utext);
      Sentence* sentence = article.add_sentences();
      *sentence->mutable_span() =
          index.MakeSpan(paragraph.begin, paragraph.end);
      sentence->set_paragraph(paragraph_number);
      sentence->set_text(buffer);
      continue;
    }
    const auto add_sentence = [&](ByteRange piece) {
      Sentence* sentence = article.add_sentences();
      *sentence->mutable_span() = index.MakeSpan(piece.begin, piece.end);
      sentence->set_paragraph(paragraph_number);
      sentence->set_text(buffer.substr(piece.begin - paragraph.begin,
                                       piece.end - piece.begin));
    };
    int32_t begin = sentence_breaks_->first();
    for (int32_t end = sentence_breaks_->next();
         end != icu::BreakIterator::DONE;
         begin = end, end = sentence_breaks_->next()) {
      ByteRange piece =
          TrimSpace(text, {paragraph.begin + begin, paragraph.begin + end});
      if (piece.begin == piece.end) continue;
      if (piece.end - piece.begin > kMaxSentenceBytes) {
        if (cut_sentences++ == 0) {
          first_cut = index.MakeSpan(piece.begin, piece.begin);
          first_cut_bytes = piece.end - piece.begin;
        }
        while (piece.end - piece.begin > kMaxSentenceBytes) {
          const size_t cut = CutPoint(text, piece.begin, kMaxSentenceBytes);
          const ByteRange head = TrimSpace(text, {piece.begin, cut});
          if (head.begin < head.end) add_sentence(head);
          piece = TrimSpace(text, {cut, piece.end});
        }
        if (piece.begin == piece.end) continue;
      }
      add_sentence(piece);
    }
    // The iterator must not keep pointing at the UText closed here.
    sentence_breaks_->setText(icu::UnicodeString());
    utext_close(utext);
  }
  if (cut_sentences > 0 && diagnostics != nullptr) {
    // One warning per article: a page of junk is one problem, not
    // thousands.
    const bool in_record = article.source_line() > 0;
    diagnostics->push_back(MakeDiagnostic(
        WARNING, article.source(),
        in_record ? article.source_line() : first_cut.line(),
        in_record ? 0 : first_cut.column(),
        absl::StrCat(cut_sentences,
                     cut_sentences == 1 ? " sentence" : " sentences",
                     " longer than ", kMaxSentenceBytes,
                     " bytes read in pieces (the first, of ", first_cut_bytes,
                     " bytes, here)"),
        /*skipped=*/false));
  }
}

}  // namespace claimcheck

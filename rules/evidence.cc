#include "rules/evidence.h"

#include "absl/strings/str_cat.h"

namespace claimcheck {

Evidence ArticleEvidence(const ExtractedArticle& article) {
  Evidence evidence;
  evidence.set_article_id(article.article().id());
  evidence.set_source(article.article().source());
  evidence.set_source_line(article.article().source_line());
  if (article.article().has_source_line_end_column()) {
    evidence.set_source_line_end_column(
        article.article().source_line_end_column());
  }
  return evidence;
}

std::string EvidenceLocation(const Evidence& evidence) {
  if (evidence.source_line() > 0) {
    return absl::StrCat(evidence.source(), ":", evidence.source_line(), " (",
                        evidence.article_id(), ")");
  }
  const Span& at = evidence.quantity_span().line() > 0
                       ? evidence.quantity_span()
                       : evidence.span();
  if (at.line() == 0) return evidence.source();
  return absl::StrCat(evidence.source(), ":", at.line(), ":", at.column());
}

}  // namespace claimcheck

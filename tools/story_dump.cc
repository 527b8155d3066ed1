// story_dump: the stories of extracted articles, one line per article:
// story index, story label, article source. Reads the JSON of `claimcheck
// extract --format=json` (one ExtractedArticle object after another) on
// standard input. For measuring rules/stories.h on a corpus.
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "absl/strings/numbers.h"
#include "claims/claim.pb.h"
#include "google/protobuf/util/json_util.h"
#include "rules/stories.h"

int main(int argc, char** argv) {
  claimcheck::StoryOptions options;
  for (int k = 1; k < argc; ++k) {
    const std::string arg = argv[k];
    if (arg == "--by=folder") {
      options.by = claimcheck::StoryOptions::By::kFolder;
    } else if (arg.rfind("--min_similarity=", 0) == 0) {
      // absl rather than std::stod and std::stoi: those throw on a value
      // that is no number and read "0.3x" as 0.3.
      if (!absl::SimpleAtod(arg.substr(17), &options.min_similarity)) {
        std::cerr << "story_dump: --min_similarity needs a number, got \""
                  << arg.substr(17) << "\"\n";
        return 2;
      }
    } else if (arg.rfind("--window_days=", 0) == 0) {
      if (!absl::SimpleAtoi(arg.substr(14), &options.window_days)) {
        std::cerr << "story_dump: --window_days needs a whole number, got \""
                  << arg.substr(14) << "\"\n";
        return 2;
      }
    }
  }
  const std::string text((std::istreambuf_iterator<char>(std::cin)),
                         std::istreambuf_iterator<char>());
  std::vector<claimcheck::ExtractedArticle> articles;
  // Objects follow each other at the top level: split at depth 0.
  int depth = 0;
  bool in_string = false, escaped = false;
  size_t start = std::string::npos;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '{') {
      if (depth++ == 0) start = i;
    } else if (c == '}' && --depth == 0) {
      claimcheck::ExtractedArticle article;
      google::protobuf::util::JsonParseOptions parse;
      parse.ignore_unknown_fields = true;
      if (!google::protobuf::util::JsonStringToMessage(
               text.substr(start, i + 1 - start), &article, parse)
               .ok()) {
        std::cerr << "story_dump: bad JSON object at byte " << start << "\n";
        return 1;
      }
      articles.push_back(std::move(article));
    }
  }
  const claimcheck::Stories stories =
      claimcheck::GroupStories(articles, options);
  for (size_t k = 0; k < articles.size(); ++k) {
    std::cout << stories.of_article[k] << "\t"
              << stories.labels[stories.of_article[k]] << "\t"
              << articles[k].article().source() << "\n";
  }
  return 0;
}

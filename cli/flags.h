// The flags of the claimcheck commands. Every flag is defined once, here;
// each command lists the ones it accepts (cli/commands.cc). On the command
// line they are spelt with dashes (--fail-on); Abseil's names have
// underscores (FLAGS_fail_on).
#ifndef CLAIMCHECK_CLI_FLAGS_H_
#define CLAIMCHECK_CLI_FLAGS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/flags/declare.h"

ABSL_DECLARE_FLAG(std::string, format);
ABSL_DECLARE_FLAG(std::string, color);
ABSL_DECLARE_FLAG(std::vector<std::string>, against);
ABSL_DECLARE_FLAG(std::string, date);
ABSL_DECLARE_FLAG(bool, include_text);
ABSL_DECLARE_FLAG(std::string, dollar);
ABSL_DECLARE_FLAG(std::string, gazetteer);
ABSL_DECLARE_FLAG(std::string, rules);
ABSL_DECLARE_FLAG(std::string, fail_on);
ABSL_DECLARE_FLAG(std::string, rates);
ABSL_DECLARE_FLAG(std::string, story_by);
ABSL_DECLARE_FLAG(int64_t, max_article_bytes);
ABSL_DECLARE_FLAG(bool, strict_input);
ABSL_DECLARE_FLAG(int, threads);
ABSL_DECLARE_FLAG(int, shard_articles);
ABSL_DECLARE_FLAG(std::string, archive);
ABSL_DECLARE_FLAG(bool, records);
ABSL_DECLARE_FLAG(int, batch);
ABSL_DECLARE_FLAG(std::string, root);
ABSL_DECLARE_FLAG(int64_t, max_results);

#endif  // CLAIMCHECK_CLI_FLAGS_H_

#include "parse/internal/model_bytes.h"

#include <string>

#include "gtest/gtest.h"

namespace claimcheck {
namespace model_bytes {
namespace {

TEST(ModelBytesTest, FieldsReadBackInOrder) {
  std::string out;
  PutLittleEndian(0x0102030405060708, 8, &out);
  PutLittleEndian(300, 2, &out);
  PutShortString("nsubj", &out);
  ASSERT_EQ(out.size(), 8u + 2u + 6u);
  EXPECT_EQ(out[0], 0x08);  // least significant byte first
  ModelReader in(out, "test model");
  EXPECT_EQ(in.Int(8), 0x0102030405060708u);
  EXPECT_EQ(in.Int(2), 300u);
  EXPECT_EQ(in.ShortString(), "nsubj");
  EXPECT_TRUE(in.ok());
  EXPECT_EQ(in.remaining(), 0u);
}

TEST(ModelBytesTest, TheFirstFailureSticksAndNamesTheByte) {
  std::string out;
  PutLittleEndian(7, 2, &out);
  ModelReader in(out, "pos tagger model");
  EXPECT_EQ(in.Int(4), 0u);
  EXPECT_FALSE(in.ok());
  EXPECT_EQ(in.status().message(),
            "pos tagger model: truncated: 4 more bytes needed at byte 0");
  EXPECT_EQ(in.Int(2), 0u);  // nothing more is read after a failure
  EXPECT_EQ(in.ShortString(), "");
}

}  // namespace
}  // namespace model_bytes
}  // namespace claimcheck

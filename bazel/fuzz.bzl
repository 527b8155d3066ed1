"""fuzz_target: a fuzz target and the test that replays its corpus.

    fuzz_target(
        name = "rates_fuzzer",
        deps = ["//rules:rates"],
        data = ["//testdata:rates"],
    )

makes `rates_fuzzer` (rates_fuzzer.cc, defining LLVMFuzzerTestOneInput, for
libFuzzer under clang) and `rates_fuzzer_replay_test`
(rates_fuzzer_replay_test.cc, which feeds it a fixed corpus through
//tools/fuzz:replay under `bazel test`, with `data` as its files).
"""

def fuzz_target(name, deps, data = []):
    native.cc_library(
        name = name,
        testonly = True,
        srcs = [name + ".cc"],
        deps = deps + ["//tools/fuzz:check"],
        # Linked whole: the replay helpers call its LLVMFuzzerTestOneInput,
        # which nothing in the test names.
        alwayslink = True,
    )
    native.cc_test(
        name = name + "_replay_test",
        size = "small",
        srcs = [name + "_replay_test.cc"],
        data = data,
        deps = [
            ":" + name,
            "//tools/fuzz:replay",
            "@gtest//:gtest_main",
        ],
    )

"""cc_proto: C++ code generated from .proto files by the system protoc.

Bazel 4's native proto rules want protobuf built from source (@com_google_protobuf),
which is not reachable offline; Debian's protoc and libprotobuf-dev are used instead.

    cc_proto(
        name = "claim_cc_proto",
        srcs = ["claim.proto"],
        deps = ["//claims:article_cc_proto"],
    )

makes a cc_library whose header for `claims/claim.proto` is `claims/claim.pb.h`.
"""

def cc_proto(name, srcs, deps = [], visibility = None):
    outs = []
    for src in srcs:
        base = src[:-len(".proto")]
        outs += [base + ".pb.h", base + ".pb.cc"]

    # protoc reads every imported .proto, so the transitive sources are inputs.
    native.filegroup(
        name = name + "_srcs",
        srcs = srcs + [dep + "_srcs" for dep in deps],
        visibility = visibility,
    )
    native.genrule(
        name = name + "_gen",
        srcs = srcs + [name + "_srcs", "@protobuf//:well_known_protos"],
        tools = ["@protobuf//:protoc"],
        outs = outs,
        cmd = " ".join([
            "$(location @protobuf//:protoc)",
            "--proto_path=.",
            "--proto_path=external/protobuf/include",
            "--cpp_out=$(GENDIR)",
        ] + ["$(location %s)" % src for src in srcs]),
    )
    native.cc_library(
        name = name,
        srcs = [o for o in outs if o.endswith(".cc")],
        hdrs = [o for o in outs if o.endswith(".h")],
        deps = deps + ["@protobuf"],
        visibility = visibility,
    )

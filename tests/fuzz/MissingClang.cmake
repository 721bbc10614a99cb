# The fuzz tests without clang: a failure that says what to install.
message(FATAL_ERROR "clang++ was not found when the build was configured, so the libFuzzer targets were not built. "
                    "Run packaging/install-deps.sh (it installs clang and libclang-rt-14-dev), then configure again.")

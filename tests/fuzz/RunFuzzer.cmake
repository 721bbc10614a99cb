# Runs one libFuzzer target for SECONDS from the seed corpus SEEDS; what it finds goes to WORK_DIR
# (the seeds in the source tree are never written). Fails on any crash, leak, timeout or sanitizer
# finding, and when the target is missing.
if(NOT EXISTS "${FUZZER}")
    message(FATAL_ERROR "${FUZZER} is missing: the fuzz targets were not built.")
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/corpus" "${WORK_DIR}/findings")
execute_process(
    COMMAND "${FUZZER}" -max_total_time=${SECONDS} -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
            -artifact_prefix=${WORK_DIR}/findings/ "${WORK_DIR}/corpus" "${SEEDS}"
    WORKING_DIRECTORY "${WORK_DIR}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(GLOB findings "${WORK_DIR}/findings/*")
    message(FATAL_ERROR "${FUZZER} failed (${result}); the input that failed: ${findings}")
endif()

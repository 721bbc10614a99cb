# Builds the libFuzzer targets (tests/fuzz, a project of their own) with clang as part of the test
# build, and makes a ctest test of each that fuzzes for 30 seconds from the seed corpus in
# tests/data/fuzz. Without clang the tests fail, saying what to install: they never skip.
include(ExternalProject)

find_program(SEMINAR_DESK_CLANGXX NAMES clang++-14 clang++)
set(_fuzz_binary_dir ${CMAKE_CURRENT_BINARY_DIR}/fuzz)
set(_fuzz_seconds 30)

if(SEMINAR_DESK_CLANGXX)
    ExternalProject_Add(fuzz-targets
        SOURCE_DIR ${CMAKE_CURRENT_SOURCE_DIR}/fuzz
        BINARY_DIR ${_fuzz_binary_dir}
        CMAKE_ARGS
            -DCMAKE_CXX_COMPILER=${SEMINAR_DESK_CLANGXX}
            -DCMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER}
            -DCMAKE_BUILD_TYPE=RelWithDebInfo
            -DSEMINAR_DESK_SOURCE_DIR=${PROJECT_SOURCE_DIR}
        CMAKE_GENERATOR ${CMAKE_GENERATOR}
        BUILD_ALWAYS ON
        INSTALL_COMMAND "")
endif()

foreach(_target csv-reader import-dry-run)
    if(SEMINAR_DESK_CLANGXX)
        add_test(NAME fuzz-${_target}
            COMMAND ${CMAKE_COMMAND}
                -DFUZZER=${_fuzz_binary_dir}/${_target}-fuzzer
                -DSEEDS=${CMAKE_CURRENT_SOURCE_DIR}/data/fuzz/${_target}
                -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/fuzz-runs/${_target}
                -DSECONDS=${_fuzz_seconds}
                -P ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/RunFuzzer.cmake)
    else()
        add_test(NAME fuzz-${_target}
            COMMAND ${CMAKE_COMMAND}
                -P ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/MissingClang.cmake)
    endif()
    set_tests_properties(fuzz-${_target} PROPERTIES TIMEOUT 300 LABELS fuzz)
endforeach()

# Fails when a tr() string of the sources has no finished translation: runs lupdate on a
cmake_policy(SET CMP0007 NEW)
# copy of the .ts file (the real one is not touched) and looks for unfinished entries.
# Called by ctest with -DLUPDATE=... -DTS_FILE=... -DSOURCES_FILE=... -DWORK_DIR=... -DINCLUDE_DIR=...
# and, for the English plural forms, -DLUPDATE_OPTION=-pluralonly -DLANGUAGE=English.
file(MAKE_DIRECTORY ${WORK_DIR})
set(copy ${WORK_DIR}/check.ts)
configure_file(${TS_FILE} ${copy} COPYONLY)
execute_process(
    COMMAND ${LUPDATE} -silent -no-obsolete -locations none ${LUPDATE_OPTION} -I ${INCLUDE_DIR} @${SOURCES_FILE}
            -ts ${copy}
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${output}")
endif()
file(READ ${copy} contents)
# A message with a disambiguating comment has it between its source and its translation.
string(REGEX MATCHALL "<source>[^<]*</source>[ \n\r\t]*(<comment>[^<]*</comment>[ \n\r\t]*)?<translation type=\"unfinished\""
       unfinished "${contents}")
list(LENGTH unfinished count)
string(REGEX MATCHALL "<numerusform></numerusform>" emptyForms "${contents}")
list(LENGTH emptyForms emptyCount)
if(NOT DEFINED LANGUAGE)
    set(LANGUAGE Japanese)
endif()
if(count GREATER 0 OR emptyCount GREATER 0)
    list(SUBLIST unfinished 0 10 first)
    string(REPLACE "<translation type=\"unfinished\"" "" first "${first}")
    message(FATAL_ERROR "${count} string(s) have no ${LANGUAGE} translation and ${emptyCount} plural form(s) are "
                        "empty in ${TS_FILE}, e.g.:\n${first}\n"
                        "Run: cmake --build <build> --target update_translations, then translate them.")
endif()
message(STATUS "Every tr() string has a finished ${LANGUAGE} translation.")

# Checks that no source file grows past 650 lines (issue 26): a file that long has become two
# things, and is split (a test file's shared fixture goes into a header beside it). Run by CTest
# (test "file-sizes"):
#   cmake -DSOURCE_DIR=<project> -P tools/CheckFileSizes.cmake
cmake_minimum_required(VERSION 3.25)
if(NOT SOURCE_DIR)
    get_filename_component(SOURCE_DIR "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
endif()
set(limit 650)

set(problems "")
file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}"
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.h"
    "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h"
    "${SOURCE_DIR}/bench/*.cpp" "${SOURCE_DIR}/bench/*.h")
foreach(source IN LISTS sources)
    file(READ "${SOURCE_DIR}/${source}" content)
    string(REGEX MATCHALL "\n" newlines "${content}")
    list(LENGTH newlines count)
    if(count GREATER limit)
        string(APPEND problems "${source}: ${count} lines (at most ${limit})\n")
    endif()
endforeach()
if(problems)
    message(FATAL_ERROR "Source files too long:\n${problems}")
endif()
list(LENGTH sources checked)
message(STATUS "${checked} source files, none over ${limit} lines")

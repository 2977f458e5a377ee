# Project-wide compile settings, carried by one interface target that every
# Herald target links, and the helper that registers a test with ctest.

add_library(herald_project_options INTERFACE)
add_library(Herald::ProjectOptions ALIAS herald_project_options)

target_compile_features(herald_project_options INTERFACE cxx_std_20)
target_compile_definitions(herald_project_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
target_compile_options(herald_project_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
if(HERALD_WARNINGS_AS_ERRORS)
    target_compile_options(herald_project_options INTERFACE -Werror)
endif()
if(HERALD_FUZZ)
    # Everything is built for libFuzzer's coverage; only the fuzz targets link its main().
    target_compile_options(herald_project_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(herald_project_options INTERFACE -fsanitize=address,undefined)
endif()
if(HERALD_SANITIZE)
    target_compile_options(herald_project_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(herald_project_options INTERFACE -fsanitize=address,undefined)
endif()

# herald_gzip(INPUT OUTPUT): OUTPUT is INPUT compressed at build time as Debian installs
# man pages and changelogs: best compression, no name or timestamp inside.
function(herald_gzip input output)
    add_custom_command(OUTPUT ${output}
        COMMAND gzip -9nc ${input} > ${output}
        DEPENDS ${input})
endfunction()

# herald_add_test(NAME SOURCES ... LIBRARIES ... [LABELS ...])
# Every test runs offscreen with a fixed locale so results do not depend on the desktop.
function(herald_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Herald::ProjectOptions Qt6::Test ${ARG_LIBRARIES})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/tests")
    add_test(NAME ${name} COMMAND ${name})
    set(labels ${ARG_LABELS})
    if(NOT labels)
        set(labels unit)
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${labels}"
        TIMEOUT 300
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;TZ=UTC;HERALDCTL=$<TARGET_FILE:heraldctl>")
endfunction()

# herald_add_pg_test(NAME [LABEL]): runs the test NAME once more, as NAME_pg, on a team
# workspace (a throw-away PostgreSQL cluster the test starts; tests/core/pgcluster.h).
function(herald_add_pg_test name)
    set(label unit)
    if(ARGC GREATER 1)
        set(label ${ARGV1})
    endif()
    add_test(NAME ${name}_pg COMMAND ${name})
    set_tests_properties(${name}_pg PROPERTIES
        LABELS "${label};postgres"
        TIMEOUT 600
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;TZ=UTC;HERALDCTL=$<TARGET_FILE:heraldctl>;HERALD_TEST_BACKEND=postgres")
endfunction()

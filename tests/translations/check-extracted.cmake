# Checks that translations/*.ts hold exactly the texts the sources mark for translation: lupdate, run on
# copies of the catalogues, must neither add a source text (a string nobody can translate yet, shown in
# English in every language) nor drop one. A failure lists the texts; the fix is
#   cmake --build build/debug --target update_translations
# and translating what it added. Run by CTest (translations/extracted) in script mode with
#   -DLUPDATE=<lupdate> -DPROJECT_CMAKE=<build>/ui/.lupdate/enrolldesk_widgets_project.cmake -DWORK_DIR=<dir>

include("${PROJECT_CMAKE}") # lupdate_project_file, lupdate_sources, lupdate_include_paths, lupdate_translations

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

function(json_array list out)
    set(quoted "")
    foreach(entry IN LISTS list)
        list(APPEND quoted "\"${entry}\"")
    endforeach()
    list(JOIN quoted ", " joined)
    set(${out} "[ ${joined} ]" PARENT_SCOPE)
endfunction()

set(copies "")
foreach(catalogue IN LISTS lupdate_translations)
    get_filename_component(name "${catalogue}" NAME)
    configure_file("${catalogue}" "${WORK_DIR}/${name}" COPYONLY)
    list(APPEND copies "${WORK_DIR}/${name}")
endforeach()
set(sources "")
foreach(source IN LISTS lupdate_sources)
    if(EXISTS "${source}") # generated sources may not exist yet
        list(APPEND sources "${source}")
    endif()
endforeach()
json_array("${sources}" json_sources)
json_array("${lupdate_include_paths}" json_includes)
json_array("${copies}" json_copies)
file(WRITE "${WORK_DIR}/project.json"
     "{ \"projectFile\": \"${lupdate_project_file}\", \"includePaths\": ${json_includes}, "
     "\"sources\": ${json_sources}, \"translations\": ${json_copies} }\n")

execute_process(COMMAND "${LUPDATE}" -project "${WORK_DIR}/project.json" -no-obsolete -locations none -silent
                RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${status}):\n${output}")
endif()

set(problems "")
foreach(catalogue IN LISTS lupdate_translations)
    get_filename_component(name "${catalogue}" NAME)
    file(STRINGS "${catalogue}" committed REGEX "<source>")
    file(STRINGS "${WORK_DIR}/${name}" extracted REGEX "<source>")
    list(SORT committed)
    list(SORT extracted)
    if(NOT committed STREQUAL extracted)
        set(added ${extracted})
        set(dropped ${committed})
        if(committed)
            list(REMOVE_ITEM added ${committed})
        endif()
        if(extracted)
            list(REMOVE_ITEM dropped ${extracted})
        endif()
        list(JOIN added "\n    " added)
        list(JOIN dropped "\n    " dropped)
        string(APPEND problems "${name}:\n  not in the catalogue yet:\n    ${added}\n  no longer in the sources:\n    ${dropped}\n")
    endif()
endforeach()
if(problems)
    message(FATAL_ERROR "The translation catalogues are out of date. Run\n"
                        "  cmake --build build/debug --target update_translations\n"
                        "and translate what it adds.\n${problems}")
endif()
message(STATUS "translations: every catalogue holds the sources' texts (${lupdate_translations})")

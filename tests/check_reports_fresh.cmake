# Fails when the committed reports/ differ from what the current build writes for the bundled example.
execute_process(COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/fresh-reports)

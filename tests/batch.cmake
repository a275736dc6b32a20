# claimcheck batch under GNU parallel (Debian package `parallel`): the sorted union of the outputs of
# `parallel --pipe -N 5 -j 3 claimcheck batch -` equals the sorted single-process output. Skipped
# (exit 77) where parallel is not installed. Included from tests/CMakeLists.txt.
add_test(NAME batch.parallel
  COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/batch_parallel.sh $<TARGET_FILE:claimcheck>
          ${CMAKE_CURRENT_LIST_DIR}/fixtures/batch)
set_tests_properties(batch.parallel PROPERTIES SKIP_RETURN_CODE ${CLAIMCHECK_SKIP_CODE})

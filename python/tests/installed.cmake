# Installs the build to a fresh prefix and imports zhibiao from <prefix>/lib/python3/dist-packages
# with nothing else on the path (run from a directory without a zhibiao/ package).
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BINARY_DIR}" --prefix "${PREFIX}" --config "${CONFIG}"
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${rc}")
endif()
foreach(f __init__.py _pandas.py dask.py _zhibiao.pyi py.typed)
  if(NOT EXISTS "${PREFIX}/${PYTHONDIR}/zhibiao/${f}")
    message(FATAL_ERROR "not installed: ${PYTHONDIR}/zhibiao/${f}")
  endif()
endforeach()
set(code [=[
import sys, zhibiao
assert zhibiao.__file__.startswith(sys.argv[1]), zhibiao.__file__
doc = zhibiao.parse_file(sys.argv[2])
gdp = [t for t in doc.targets if t.indicator_id == "gdp"][0]
print(zhibiao.__file__, doc.metadata.title, gdp.change.value, gdp.bound)
assert (str(gdp.change.value), gdp.bound) == ("8", "approx")
]=])
execute_process(COMMAND "${CMAKE_COMMAND}" -E env --unset=PYTHONPATH "PYTHONPATH=${PREFIX}/${PYTHONDIR}"
                        "${PYTHON}" -S -c "${code}" "${PREFIX}/${PYTHONDIR}/zhibiao" "${SAMPLE}"
                WORKING_DIRECTORY "${PREFIX}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "import zhibiao from ${PREFIX}/${PYTHONDIR} failed: ${rc}")
endif()

# Installs the already-built project into a scratch prefix, then configures, builds and
# runs tests/package/consumer against that prefix with find_package(zhibiao CONFIG REQUIRED).
set(prefix "${WORK_DIR}/prefix")
file(REMOVE_RECURSE "${WORK_DIR}")
if(NOT CONFIG)
  set(CONFIG Release)
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BINARY_DIR}" --prefix "${prefix}" --config "${CONFIG}"
                RESULT_VARIABLE rc)
if(rc)
  message(FATAL_ERROR "cmake --install failed: ${rc}")
endif()
foreach(f lib/cmake/zhibiao/zhibiaoConfig.cmake lib/cmake/zhibiao/zhibiaoConfigVersion.cmake
          include/zhibiao/zhibiao.hpp include/zhibiao/zhibiao_export.hpp)
  if(NOT EXISTS "${prefix}/${f}")
    message(FATAL_ERROR "installed package lacks ${f}")
  endif()
endforeach()
# The library does not use fmt: its package must not ask consumers for it.
file(GLOB _cmake_files "${prefix}/lib/cmake/zhibiao/*.cmake")
foreach(f IN LISTS _cmake_files)
  file(STRINGS "${f}" _fmt_lines REGEX "fmt")
  if(_fmt_lines)
    message(FATAL_ERROR "installed ${f} mentions fmt:\n${_fmt_lines}")
  endif()
endforeach()
# Relocatable: move the prefix before using it.
file(RENAME "${prefix}" "${WORK_DIR}/moved-prefix")
set(prefix "${WORK_DIR}/moved-prefix")
# Same generator as the project (CMake's default, Unix Makefiles, needs `make`, which a
# minimal Debian with only scripts/install-deps.sh's packages does not have).
set(generator_args)
if(GENERATOR)
  list(APPEND generator_args -G "${GENERATOR}")
  if(MAKE_PROGRAM)
    list(APPEND generator_args "-DCMAKE_MAKE_PROGRAM=${MAKE_PROGRAM}")
  endif()
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" -S "${SOURCE_DIR}/tests/package/consumer" -B "${WORK_DIR}/build"
                        ${generator_args}
                        "-DCMAKE_PREFIX_PATH=${prefix}" "-DCMAKE_BUILD_TYPE=${CONFIG}"
                        # Same compiler and flags as the library: a sanitizer build (asan,
                        # tsan presets) installs an instrumented libzhibiao.a.
                        "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}" "-DCMAKE_CXX_FLAGS=${CXX_FLAGS}"
                        "-DCMAKE_EXE_LINKER_FLAGS=${EXE_LINKER_FLAGS}"
                RESULT_VARIABLE rc)
if(rc)
  message(FATAL_ERROR "configuring the consumer against the installed package failed: ${rc}")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" --build "${WORK_DIR}/build" RESULT_VARIABLE rc)
if(rc)
  message(FATAL_ERROR "building the consumer failed: ${rc}")
endif()
execute_process(COMMAND "${WORK_DIR}/build/consumer" "${SAMPLE}" RESULT_VARIABLE rc OUTPUT_VARIABLE out)
message(STATUS "consumer output:\n${out}")
if(rc)
  message(FATAL_ERROR "the consumer failed: ${rc}")
endif()
if(EXISTS "${prefix}/bin/zhibiao")
  execute_process(COMMAND "${prefix}/bin/zhibiao" --help RESULT_VARIABLE rc OUTPUT_QUIET)
  if(rc)
    message(FATAL_ERROR "installed zhibiao --help failed: ${rc}")
  endif()
else()
  message(FATAL_ERROR "installed package lacks bin/zhibiao")
endif()

include(CMakePackageConfigHelpers)

set(ZHIBIAO_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/zhibiao"
    CACHE STRING "Where zhibiaoConfig.cmake is installed, relative to the prefix")
mark_as_advanced(ZHIBIAO_INSTALL_CMAKEDIR)

install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/" "${PROJECT_BINARY_DIR}/export/"
        DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}"
        COMPONENT zhibiao_Development)

install(TARGETS zhibiao_zhibiao
        EXPORT zhibiaoTargets
        RUNTIME COMPONENT zhibiao_Runtime
        LIBRARY COMPONENT zhibiao_Runtime NAMELINK_COMPONENT zhibiao_Development
        ARCHIVE COMPONENT zhibiao_Development
        INCLUDES DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")

if(TARGET zhibiao_cli)
  install(TARGETS zhibiao_cli RUNTIME COMPONENT zhibiao_Runtime)
endif()

configure_package_config_file(
  "${PROJECT_SOURCE_DIR}/cmake/zhibiaoConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/zhibiaoConfig.cmake"
  INSTALL_DESTINATION "${ZHIBIAO_INSTALL_CMAKEDIR}")
write_basic_package_version_file(
  "${PROJECT_BINARY_DIR}/zhibiaoConfigVersion.cmake"
  COMPATIBILITY SameMajorVersion)

install(FILES "${PROJECT_BINARY_DIR}/zhibiaoConfig.cmake" "${PROJECT_BINARY_DIR}/zhibiaoConfigVersion.cmake"
        DESTINATION "${ZHIBIAO_INSTALL_CMAKEDIR}"
        COMPONENT zhibiao_Development)
install(EXPORT zhibiaoTargets
        NAMESPACE zhibiao::
        DESTINATION "${ZHIBIAO_INSTALL_CMAKEDIR}"
        COMPONENT zhibiao_Development)

# Build-tree export, for parents that vendor zhibiao and re-export it.
export(EXPORT zhibiaoTargets NAMESPACE zhibiao:: FILE "${PROJECT_BINARY_DIR}/zhibiaoTargets.cmake")

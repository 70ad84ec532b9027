# Turns a text data file into a C++ raw string literal that a .cpp can #include.
#   cmake -DIN=src/extract/indicators.tsv -DOUT=build/generated/extract/indicators.inc -P embed-text.cmake
# The output is rewritten only when it changes, so an unchanged table triggers no rebuild.
if(NOT IN OR NOT OUT)
  message(FATAL_ERROR "embed-text.cmake: pass -DIN=<file> -DOUT=<file>")
endif()
file(READ "${IN}" _content)
string(FIND "${_content}" ")zbtext\"" _clash)
if(NOT _clash EQUAL -1)
  message(FATAL_ERROR "${IN} contains the raw-string delimiter )zbtext\"")
endif()
file(WRITE "${OUT}.tmp" "R\"zbtext(${_content})zbtext\"\n")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.tmp")

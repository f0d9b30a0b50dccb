# Project-wide warning policy. binhyen_warnings is linked by every BinhYen target (not SQLCipher's
# amalgamation, which is third-party C).
add_library(binhyen_warnings INTERFACE)
target_compile_options(binhyen_warnings INTERFACE -Wall -Wextra -Wpedantic)
if(BINHYEN_WERROR)
  target_compile_options(binhyen_warnings INTERFACE -Werror)
endif()
target_compile_definitions(binhyen_warnings INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER QT_NO_KEYWORDS
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)

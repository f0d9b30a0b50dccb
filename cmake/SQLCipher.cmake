# SQLCipher 4.6.1, from the amalgamation that installer/setup-debian.sh generates in a cache
# outside the clone (never committed). Builds the static library binhyen_sqlcipher and the
# upstream shell, named sqlcipher, from the same source.
set(BINHYEN_SQLCIPHER_DIR "" CACHE PATH "Folder holding SQLCipher's sqlite3.c, sqlite3.h and shell.c")
if(NOT BINHYEN_SQLCIPHER_DIR)
  if(DEFINED ENV{BINHYEN_CACHE_DIR})
    set(_cache "$ENV{BINHYEN_CACHE_DIR}")
  elseif(DEFINED ENV{XDG_CACHE_HOME})
    set(_cache "$ENV{XDG_CACHE_HOME}/binhyen")
  else()
    set(_cache "$ENV{HOME}/.cache/binhyen")
  endif()
  set(BINHYEN_SQLCIPHER_DIR "${_cache}/sqlcipher-4.6.1/amalgamation" CACHE PATH "" FORCE)
endif()
if(NOT EXISTS "${BINHYEN_SQLCIPHER_DIR}/sqlite3.c")
  message(FATAL_ERROR "SQLCipher 4.6.1 source not found in ${BINHYEN_SQLCIPHER_DIR}.\n"
                      "Run installer/setup-debian.sh first.")
endif()

set(BINHYEN_SQLCIPHER_DEFINES
  SQLITE_HAS_CODEC SQLCIPHER_CRYPTO_OPENSSL SQLITE_TEMP_STORE=3 SQLITE_ENABLE_FTS5
  SQLITE_THREADSAFE=1 SQLITE_DEFAULT_FOREIGN_KEYS=1 SQLITE_DQS=0 SQLITE_OMIT_LOAD_EXTENSION
  SQLITE_ENABLE_DBSTAT_VTAB)

add_library(binhyen_sqlcipher STATIC "${BINHYEN_SQLCIPHER_DIR}/sqlite3.c")
target_include_directories(binhyen_sqlcipher SYSTEM PUBLIC "${BINHYEN_SQLCIPHER_DIR}")
target_compile_definitions(binhyen_sqlcipher PUBLIC ${BINHYEN_SQLCIPHER_DEFINES})
target_compile_options(binhyen_sqlcipher PRIVATE -w)
set_target_properties(binhyen_sqlcipher PROPERTIES C_STANDARD 11 POSITION_INDEPENDENT_CODE ON
  C_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
target_link_libraries(binhyen_sqlcipher PUBLIC OpenSSL::Crypto ${CMAKE_DL_LIBS} Threads::Threads m)

add_executable(sqlcipher "${BINHYEN_SQLCIPHER_DIR}/shell.c")
target_compile_options(sqlcipher PRIVATE -w)
target_link_libraries(sqlcipher PRIVATE binhyen_sqlcipher)

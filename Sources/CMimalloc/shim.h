// Debian's mimalloc (libmimalloc-dev), linked into the sitegen executable so that it serves
// every malloc of the process; see Sources/sitegen/main.swift.
#include <mimalloc.h>

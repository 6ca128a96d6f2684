import SitegenCLI
#if canImport(CMimalloc) && !SYSTEM_MALLOC
import CMimalloc

// The process allocates with mimalloc rather than glibc's malloc: linked into the executable,
// its malloc and free take the place of glibc's for everything the process allocates (the
// Swift runtime, Foundation, cmark-gfm). A build allocates millions of small strings and
// arrays on every core; measured on this project's benchmark corpora (release build,
// alternating runs, `LD_PRELOAD` against the same binary): a 50,000-article build used
// 23-25 s of processor time instead of 27-32 s (15.0-16.6 s wall instead of 17.2-20.5 s) at
// the same peak memory, and a 10,000-article build 3-7% less. Asking for its version is the
// one call into it: without a reference the linker may leave the library out.
// `-Xswiftc -DSYSTEM_MALLOC` leaves it out, for a build with a sanitizer, which brings its own
// malloc.
_ = mi_version()
#endif

await SitegenCommand.execute()

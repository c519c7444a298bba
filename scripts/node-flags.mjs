// Flags for the Node process that serves Alliance, shared by `npm start` and the
// benchmarks so that a figure measures the server as it runs.
//
// A 32 MB young generation (V8's default is 16 MB): the anonymiser makes many short-lived
// objects per text (tokens, candidate names), and with the default the garbage collector
// copied those still in use several times a text. On europeana-ner-fr this cut the CPU
// time of a pass by about a fifth (docs/benchmarks.md); the server's memory grows by at
// most a few tens of megabytes.
//
// No allocation-site pretenuring: a text's tokens live as long as its reading, so V8 saw
// most of them survive a scavenge and began allocating them straight in the old
// generation, where they died as garbage for the full collector. Tokenizing took three
// times as long inside the anonymiser as alone, and a pass about a quarter longer; the
// process's peak memory is lower without it (docs/benchmarks.md, 2026-12-02 morning).
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=32', '--no-allocation-site-pretenuring'];

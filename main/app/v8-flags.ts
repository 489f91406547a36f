/**
 * The V8 flags main's process starts with. V8 sizes its heap when a process starts, so they go
 * on the command line: `npm run start:web` passes them to node, `npm start` to Electron as
 * `--js-flags` (Electron applies that switch to its main process only from the command line).
 *
 * A young generation of at most 2 MB per semi-space, where V8's default grows to 16 MB: main's
 * garbage is mostly the wrappers of response bodies, whose bytes live outside the heap until a
 * scavenge frees them. With 16 MB semi-spaces a whole "all pages" listing fits between two
 * scavenges, so every page passed on stays resident (README, Performance: B7).
 */
export const MAIN_V8_FLAGS: readonly string[] = ['--max-semi-space-size=2'];

// Replaced at build time by electron-vite's `define` (electron.vite.config.ts): true only when the packaging
// check builds the test-only app with DRAAIBOEK_TEST_BUILD=1, false in every other build, so a shipping bundle
// carries the literal `false` and every lock of shell-locks.ts compiled in.
declare const __DRAAIBOEK_TEST_BUILD__: boolean;

export const TEST_BUILD: boolean = __DRAAIBOEK_TEST_BUILD__;

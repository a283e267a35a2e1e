/**
 * The build-time marker of the test-only app (main/electron/test-build.ts). electron-vite sets it from this
 * environment variable; the packaging check sets the variable only to build the app its packaged e2e run
 * drives, and checks that every other build carries the marker `false`.
 */
export const TEST_BUILD_ENV = 'DRAAIBOEK_TEST_BUILD';

export function testBuildRequested(env: Readonly<Record<string, string | undefined>>): boolean {
  return env[TEST_BUILD_ENV] === '1';
}

// Read by the same function as the shipping configuration's beforePack hook, which refuses a test build.
export { testBuildMarkerIn } from './refuse-test-build.mjs';

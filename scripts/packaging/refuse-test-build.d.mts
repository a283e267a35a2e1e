/** The marker's compiled value in a built main bundle, or undefined when it cannot be told (see the .mjs). */
export function testBuildMarkerIn(code: string, parse?: (code: string) => unknown): boolean | undefined;

/** electron-builder's beforePack hook: resolves for a shipping main bundle, rejects otherwise. */
export default function refuseTestBuild(context: { readonly packager: { readonly projectDir: string } }): Promise<void>;

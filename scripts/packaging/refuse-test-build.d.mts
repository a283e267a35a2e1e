/** The marker's compiled value in the built main bundle, or undefined when it cannot be told. */
export function compiledTestBuildMarker(mainCode: string): boolean | undefined;

/** electron-builder's beforePack hook: resolves for a shipping main bundle, rejects otherwise. */
export default function refuseTestBuild(context: { readonly packager: { readonly projectDir: string } }): Promise<void>;

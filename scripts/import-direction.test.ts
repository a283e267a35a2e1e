import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function restrictedImports(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').length;
}

describe('the import direction of ARCHITECTURE section 1', () => {
  it('keeps shared/ pure: no Node, no electron, nothing from main or renderer', async () => {
    expect(await restrictedImports('shared/plan/probe.ts', "import { readFile } from 'node:fs';\nexport const x = readFile;\n")).toBe(1);
    expect(await restrictedImports('shared/plan/probe.ts', "import { app } from 'electron';\nexport const x = app;\n")).toBe(1);
    expect(await restrictedImports('shared/plan/probe.ts', "import { x } from '../../main/core/platform.js';\nexport const y = x;\n")).toBe(1);
    expect(await restrictedImports('shared/plan/probe.ts', "import { z } from 'zod';\nexport const y = z;\n")).toBe(0);
  });

  it('keeps main/core free of electron, the shell and the UI', async () => {
    expect(await restrictedImports('main/core/probe.ts', "import { app } from 'electron';\nexport const x = app;\n")).toBe(1);
    expect(await restrictedImports('main/core/probe.ts', "import { x } from '../electron/main.js';\nexport const y = x;\n")).toBe(1);
    expect(await restrictedImports('main/core/probe.ts', "import { readFile } from 'node:fs';\nexport const x = readFile;\n")).toBe(0);
  });

  it('keeps the renderer to shared/ and window.draaiboek', async () => {
    expect(await restrictedImports('renderer/src/probe.ts', "import { readFile } from 'node:fs';\nexport const x = readFile;\n")).toBe(1);
    expect(await restrictedImports('renderer/src/probe.ts', "import { x } from '../../main/core/platform.js';\nexport const y = x;\n")).toBe(1);
    expect(await restrictedImports('renderer/src/probe.ts', "import type { PlanView } from '../../shared/api.js';\nexport type X = PlanView;\n")).toBe(0);
  });
});

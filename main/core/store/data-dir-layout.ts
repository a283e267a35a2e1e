import { join } from 'node:path';

/** Where each file of a data folder lives (ARCHITECTURE section 3). */
export interface DataDirLayout {
  readonly root: string;
  readonly planFile: string;
  readonly historyDir: string;
  readonly rejectedDir: string;
  readonly keysDir: string;
  readonly trustFile: string;
  readonly copiesFile: string;
  readonly lockFile: string;
}

export function dataDirLayout(root: string): DataDirLayout {
  return {
    root,
    planFile: join(root, 'plan.json'),
    historyDir: join(root, 'history'),
    rejectedDir: join(root, 'rejected'),
    keysDir: join(root, 'keys'),
    trustFile: join(root, 'trust.json'),
    copiesFile: join(root, 'copies.json'),
    lockFile: join(root, 'draaiboek.lock'),
  };
}

export function historyFileName(revision: number): string {
  return `${String(revision).padStart(8, '0')}.json`;
}

export function revisionOfHistoryFile(fileName: string): number | undefined {
  const match = /^(\d{8,})\.json$/.exec(fileName);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

import { DraaiboekError } from '../../../shared/errors.js';
import { confirmWithUser } from '../platform.js';
import type { ApiContext, ImplementationsOf } from './api-context.js';

type AtRestMethod = 'security.atRest' | 'security.setAtRest';

/** Encryption at rest of the open data folder: whether it is on, and turning it on or off on the user's word. */
export function atRestHandlers(context: ApiContext): ImplementationsOf<AtRestMethod> {
  const { session } = context;
  const statusOf = () => ({ encrypted: session.opened().atRest().encrypted, portable: session.portable });
  return {
    'security.atRest': () => Promise.resolve(statusOf()),
    'security.setAtRest': async ({ encrypted }) => {
      const opened = session.opened();
      // A stick is lost more easily than a laptop: its folder stays encrypted, whatever is asked.
      if (!encrypted && session.portable) {
        throw new DraaiboekError('PORTABLE_FOLDER_ENCRYPTED', 'a portable folder is always encrypted at rest', { dataDir: opened.dataDir });
      }
      if (opened.atRest().encrypted === encrypted) return statusOf();
      // The page only asks; the rewrite happens on the user's answer to main's own dialog.
      if (!(await confirmWithUser(opened.platform, { kind: 'encryption-at-rest', encrypt: encrypted, dataDir: opened.dataDir }))) return null;
      await opened.setEncryptionAtRest(encrypted);
      return statusOf();
    },
  };
}

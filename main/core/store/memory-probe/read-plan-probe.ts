/*
 * A child process that reads one plan file and reports what reading it cost in memory. Run by
 * refused-file-memory.test.ts, in a process of its own so the peak belongs to this one read.
 * Arguments: the plan file, the base64 raw public key of the one trusted signer, and a small file of the same
 * kind to read first, so the baseline already holds the code and only the large read remains.
 */
import { isDraaiboekError } from '../../../../shared/errors.js';
import { keyidOf, publicKeyFromRaw } from '../../crypto/keys.js';
import { readVerifiedPlanFile } from '../plan-file.js';

const [planFile, rawKeyBase64, warmUpFile] = process.argv.slice(2);
if (planFile === undefined || rawKeyBase64 === undefined || warmUpFile === undefined) {
  throw new Error('usage: read-plan-probe PLAN_FILE RAW_PUBLIC_KEY_BASE64 WARM_UP_FILE');
}
const raw = Buffer.from(rawKeyBase64, 'base64');
const trusted = { keyid: keyidOf(raw), info: { publicKey: publicKeyFromRaw(raw) } };
const lookup = (keyid: string): { publicKey: ReturnType<typeof publicKeyFromRaw> } | undefined =>
  keyid === trusted.keyid ? trusted.info : undefined;

async function codeOfReading(path: string): Promise<string> {
  try {
    await readVerifiedPlanFile(path, lookup);
    return 'ACCEPTED';
  } catch (error) {
    return isDraaiboekError(error) ? error.code : `not a DraaiboekError: ${String(error)}`;
  }
}

await codeOfReading(warmUpFile);
const baselineRss = process.memoryUsage().rss;
const code = await codeOfReading(planFile);
// maxRSS is in kilobytes: the highest resident set size of this process so far.
const peakRss = process.resourceUsage().maxRSS * 1024;
process.stdout.write(`${JSON.stringify({ code, baselineRss, peakRss })}\n`);

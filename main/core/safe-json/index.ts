export {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_DEPTH,
  parseUntrustedJson,
  parseUntrustedJsonFrom,
  readUntrustedFileBytes,
  readUntrustedJsonFile,
  type JsonLimits,
} from './safe-parse.js';

export {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_DEPTH,
  parseUntrustedJson,
  readUntrustedJsonFile,
  type JsonLimits,
} from './safe-parse.js';

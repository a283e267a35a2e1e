// Starts the parse worker from its TypeScript source (tests, tsx): the built app runs out/main/parse-worker.js.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');

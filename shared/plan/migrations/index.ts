export * from './migration-step.js';
export * from './registry.js';
export * from './migrate-signed.js';

export * from './health-codes.js';
export * from './check-plan-health.js';
export * from './references.js';

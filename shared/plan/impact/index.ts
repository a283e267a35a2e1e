export * from './impact-types.js';
export * from './criticality.js';
export * from './analyse-impact.js';
export * from './impact-of-scenario.js';

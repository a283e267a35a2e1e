export * from './crisis-text.js';
export * from './crisis-events.js';
export * from './crisis-envelope.js';
export * from './crisis-state.js';
export * from './crisis-checklist.js';
export * from './crisis-staffing.js';
export * from './fold-crisis.js';
export * from './crisis-contract.js';

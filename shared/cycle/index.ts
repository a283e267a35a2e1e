export * from '../plan/calendar.js';
export * from './call-tree-progress.js';
export * from './changes-since.js';
export * from './coverage.js';
export * from './cycle-contract.js';
export * from '../plan/effective-dates.js';
export * from './improvement-actions.js';

export * from './primitives.js';
export * from './entities.js';
export * from './meta.js';
export * from './plan.js';

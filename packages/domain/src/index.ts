export * from './engagement-status.js';
export * from './engagement.js';
export * from './contract.js';
export * from './session.js';
export * from './progress.js';
export * from './attention.js';
export * from './timeline.js';
export * from './retention.js';

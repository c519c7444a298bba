// The client space: what the client writes and answers between sessions, and what others may see of it.
export * from './emotions.js';
export * from './check-in.js';
export * from './commitments.js';
export * from './alerts.js';
export * from './sponsor-view.js';
export * from './testimonial.js';
export * from './closing-review.js';

// What the web app may import from @alliance/api at run time: plain constants, no zod.
export * from './paths.js';
export * from './sync.js';

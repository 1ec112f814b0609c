export { resolve as run } from './disputes.js';

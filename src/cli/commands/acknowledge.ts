export { acknowledge as run } from './disputes.js';

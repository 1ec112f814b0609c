export { open as run } from './disputes.js';

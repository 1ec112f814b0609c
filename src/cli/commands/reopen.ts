export { reopen as run } from './publish.js';

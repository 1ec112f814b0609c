/** The routes' building blocks of query schemas; they live in params/ so the CLI validates with the same ones. */
export * from '../params/fields.js';

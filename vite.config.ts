import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [sveltekit()],
  // DuckDB is a native addon: never bundle it.
  ssr: { external: ['@duckdb/node-api', '@duckdb/node-bindings'] }
});

// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Lang } from '$lib/client/format.js';
import type { Theme } from '$lib/client/prefs.svelte.js';

declare global {
  namespace App {
    interface Locals {
      lang: Lang;
      theme: Theme;
    }
  }
}
export {};

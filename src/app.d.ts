// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Lang } from '$lib/shared/format.js';
import type { Theme } from '$lib/shared/prefs.js';

declare global {
  namespace App {
    interface Locals {
      lang: Lang;
      theme: Theme;
    }
  }
}
export {};

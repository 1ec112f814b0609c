// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Lang } from '$lib/shared/format.js';
import type { Theme } from '$lib/shared/prefs.js';
import type { PageSession } from '$lib/server/access/page-session.js';

declare global {
  namespace App {
    interface Locals {
      lang: Lang;
      theme: Theme;
      /** the reader (null on the sign-in page when not signed in) */
      session?: PageSession | null;
    }
  }
}
export {};

/** Words of the access screens, in English and Simplified Chinese; merged into i18n.ts. */
export const en = {} as const;

export const zh: Record<keyof typeof en, string> = {};

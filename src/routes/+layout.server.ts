import type { LayoutServerLoad } from './$types.js';
import { apiGet, rowsOf } from '$lib/client/api.js';
import { ROLES } from '$lib/config/indicators.js';

const KNOWN_CHANNELS = ['phone', 'chat', 'email'];

/** The shell's data: the reader's preferences and the choices the global filters offer. */
export const load: LayoutServerLoad = async ({ locals, fetch }) => {
  const [teams, channels] = await Promise.all([apiGet(fetch, 'teams'), apiGet(fetch, 'channels')]);
  const teamNames: string[] = rowsOf<Record<string, unknown> | string>(teams, 'teams')
    .map((row) => (typeof row === 'string' ? row : String(row.team ?? row.name ?? '')))
    .filter((name) => name !== '');
  const channelNames: string[] = rowsOf<Record<string, unknown> | string>(channels, 'channels')
    .map((row) => (typeof row === 'string' ? row : String(row.channel ?? '')))
    .filter((name) => name !== '');
  return {
    lang: locals.lang,
    theme: locals.theme,
    teams: Array.from(new Set(teamNames)).sort(),
    roles: [...ROLES],
    channels: Array.from(new Set([...KNOWN_CHANNELS, ...channelNames]))
  };
};

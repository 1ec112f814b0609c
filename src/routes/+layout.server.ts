import type { LayoutServerLoad } from './$types.js';
import { apiGet, rowsOf } from '$lib/client/api.js';
import { ROLES } from '$lib/config/indicators.js';
import { policySchema, type Policy } from '$lib/shared/policy.js';

const KNOWN_CHANNELS = ['phone', 'chat', 'email'];

/** The shell's data: the reader's preferences and the choices the global filters offer. */
export const load: LayoutServerLoad = async ({ locals, fetch }) => {
  const [teams, channels, policyAnswer] = await Promise.all([apiGet(fetch, 'teams'), apiGet(fetch, 'channels'), apiGet(fetch, 'policy')]);
  // Every page draws its rules and reference lines from this; without it they draw none rather than guess.
  const parsedPolicy = policyAnswer.ok ? policySchema.safeParse(policyAnswer.data) : null;
  const policy: Policy | null = parsedPolicy?.success ? parsedPolicy.data : null;
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
    channels: Array.from(new Set([...KNOWN_CHANNELS, ...channelNames])),
    policy
  };
};

import type { LayoutServerLoad } from './$types.js';
import { apiClient, settle } from '$lib/shared/api/client.js';
import { ROLES } from '$lib/config/indicators.js';

const KNOWN_CHANNELS = ['phone', 'chat', 'email'];

/** The shell's data: the reader's preferences, the choices the global filters offer and the effective policy. */
export const load: LayoutServerLoad = async ({ locals, fetch, url }) => {
  const api = apiClient(fetch, url.origin);
  const [teams, channels, policy] = await Promise.all([
    settle(api.GET('/api/teams')),
    settle(api.GET('/api/channels')),
    settle(api.GET('/api/policy'))
  ]);
  const teamNames = teams.ok ? teams.data.map((row) => row.team) : [];
  const channelNames = channels.ok ? channels.data.map((row) => row.channel) : [];
  return {
    session: locals.session ?? null,
    lang: locals.lang,
    theme: locals.theme,
    teams: Array.from(new Set(teamNames)).sort(),
    roles: [...ROLES],
    channels: Array.from(new Set([...KNOWN_CHANNELS, ...channelNames])),
    // Every page draws its rules and reference lines from this; without it they draw none rather than guess.
    policy: policy.ok ? policy.data : null
  };
};

import { randomUUID } from 'node:crypto';
import type { Perspective, Profile } from '../../../preload/contract/profiles';
import type { SessionSummary } from '../../../preload/contract/sessions';
import { draftOf } from '../../profiles/profile-drafts';
import type { AccountServices } from '../../sessions/account-services';
import { parseCommand, required } from '../arguments';
import { perspectiveOf, profileNamed, withServices, type CliContext } from '../context';
import { printJson } from '../io';
import { UsageError } from '../usage';

const SESSION_OPTIONS = { profile: { type: 'string' }, as: { type: 'string' } } as const;

export async function runLogin(context: CliContext, args: string[]): Promise<number> {
  const { values } = parseCommand(args, {
    profile: { type: 'string' },
    username: { type: 'string' },
    'password-stdin': { type: 'boolean' },
    scope: { type: 'string' },
    'save-as': { type: 'string' },
  });
  const profileName = required(values.profile, '--profile');
  const username = required(values.username, '--username');
  const password = await readPassword(context, values['password-stdin'] ?? false);
  const scope = values.scope?.split(/\s+/).filter(Boolean);
  return withServices(context, { unlock: true }, async (services) => {
    const profile = await profileNamed(services, profileName);
    const perspective = await savePerspective(services, profile, {
      label: values['save-as'] ?? username,
      username,
      scope,
    });
    const key = { profileId: profile.id, perspectiveId: perspective.id };
    printJson(context.io, identity(perspective, await services.sessions.signIn(key, { password })));
    return 0;
  });
}

export async function runWhoami(context: CliContext, args: string[]): Promise<number> {
  const { values } = parseCommand(args, SESSION_OPTIONS);
  return withServices(context, { unlock: true }, async (services) => {
    const { key, perspective } = await sessionOf(services, values);
    await services.sessions.authorize(key); // renews an expiring token, or says why it cannot
    printJson(context.io, identity(perspective, await services.sessions.summary(key)));
    return 0;
  });
}

export async function runLogout(context: CliContext, args: string[]): Promise<number> {
  const { values } = parseCommand(args, SESSION_OPTIONS);
  return withServices(context, { unlock: false }, async (services) => {
    const { key, perspective } = await sessionOf(services, values);
    const summary = await services.sessions.signOut(key);
    printJson(context.io, {
      signedOut: true,
      perspective: perspective.label,
      state: summary.state,
    });
    return 0;
  });
}

/** The session `--profile` and `--as` name. */
export async function sessionOf(
  services: AccountServices,
  values: { profile?: string; as?: string },
): Promise<{ key: { profileId: string; perspectiveId: string }; perspective: Perspective }> {
  const profile = await profileNamed(services, required(values.profile, '--profile'));
  const perspective = perspectiveOf(services, profile, values.as);
  return { key: { profileId: profile.id, perspectiveId: perspective.id }, perspective };
}

async function readPassword(context: CliContext, fromStdin: boolean): Promise<string> {
  if (fromStdin) {
    const password = await context.io.readStdin();
    if (!password) throw new UsageError('No password arrived on stdin.');
    return password;
  }
  if (!context.io.prompt)
    throw new UsageError('--password-stdin is required when not in a terminal.');
  return context.io.prompt('Password: ');
}

/** The perspective `login` signs in with: found by label or username, else saved as a new one. */
async function savePerspective(
  services: AccountServices,
  profile: Profile,
  wanted: { label: string; username: string; scope?: string[] },
): Promise<Perspective> {
  const existing =
    profile.perspectives.find(
      (perspective) => perspective.label.toLowerCase() === wanted.label.toLowerCase(),
    ) ??
    profile.perspectives.find(
      (perspective) =>
        perspective.username?.toLowerCase() === wanted.username.toLowerCase() &&
        perspective.grantType.endsWith('password'),
    );
  const [apiClient] = profile.apiClients;
  if (!existing && !apiClient)
    throw new UsageError(`"${profile.name}" has no API client to sign in with.`);
  const perspective: Perspective = existing
    ? { ...existing, username: wanted.username, roles: wanted.scope ?? existing.roles }
    : {
        id: randomUUID(),
        label: wanted.label,
        grantType: 'password',
        apiClientId: apiClient?.id ?? '',
        username: wanted.username,
        savePassword: false,
        hasPassword: false,
        roles: wanted.scope ?? [],
        customRoles: [],
      };
  const draft = draftOf(profile);
  const others = draft.perspectives.filter((candidate) => candidate.id !== perspective.id);
  const { hasPassword: _hasPassword, ...saved } = perspective;
  await services.profiles.update(profile.id, { ...draft, perspectives: [...others, saved] });
  return perspective;
}

/** What `whoami` and `login` print: the token's claims as OrderCloud names them. */
function identity(perspective: Perspective, summary: SessionSummary) {
  return {
    perspective: perspective.label,
    state: summary.state,
    usr: summary.username,
    usrtype: summary.userType,
    cid: summary.clientId,
    roles: summary.grantedRoles,
    requestedRoles: summary.requestedRoles,
    missingRoles: summary.missingRoles,
    expiresAt: summary.expiresAt,
  };
}

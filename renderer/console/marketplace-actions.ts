import type { Profile, ProfileDraft } from '../../preload/contract';
import { ocx } from '../bridge/ocx';
import type { MarketplaceSaveInput } from '../marketplaces/marketplace-form';

/** The editor's output as main's ProfileDraft: typed secrets ride along once, to the vault. */
export function toProfileDraft({ profile, secrets }: MarketplaceSaveInput): ProfileDraft {
  const { id: _id, apiClients, perspectives, ...rest } = profile;
  return {
    ...rest,
    apiClients: apiClients.map(({ hasSecret, ...client }) => ({
      ...client,
      secret: secrets.clientSecrets[client.id] ?? (hasSecret ? undefined : null),
    })),
    perspectives: perspectives.map(({ hasPassword, ...perspective }) => ({
      ...perspective,
      password:
        secrets.passwords[perspective.id] ??
        (hasPassword && perspective.savePassword ? undefined : null),
    })),
  };
}

export async function saveMarketplace(
  input: MarketplaceSaveInput,
): Promise<{ ok: true; profile: Profile } | { ok: false; message: string }> {
  const draft = toProfileDraft(input);
  const result = input.profile.id
    ? await ocx.profiles.update({ id: input.profile.id, draft })
    : await ocx.profiles.create(draft);
  return result.ok
    ? { ok: true, profile: result.value }
    : { ok: false, message: result.error.message };
}

/** Exports a marketplace without its secrets as a JSON file the browser saves. */
export async function exportMarketplace(id: string): Promise<void> {
  const result = await ocx.profiles.export({ ids: [id] });
  if (!result.ok) return;
  const url = URL.createObjectURL(new Blob([result.value.text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), {
    href: url,
    download: result.value.fileName,
  });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

import { MAX_SPEC_IMPORT_LENGTH } from '../../../preload/contract/catalog';
import {
  MAX_PROFILE_IMPORT_LENGTH,
  PROFILE_EXPORT_FORMAT,
  PROFILE_EXPORT_VERSION,
} from '../../../preload/contract/sessions';

/** What a dropped file turned out to be, judged from its content (the name only words messages). */
export type DroppedKind =
  | { kind: 'spec' }
  | { kind: 'profiles'; names: string[]; hasSealedSecrets: boolean }
  | { kind: 'refused'; reason: string };

/** The largest file worth reading at all: the larger of the two import limits. */
export const MAX_DROP_BYTES = Math.max(MAX_SPEC_IMPORT_LENGTH, MAX_PROFILE_IMPORT_LENGTH);

/** Refuses a file before reading it when it cannot be imported whatever it holds. */
export function refuseBySize(fileName: string, size: number): string | undefined {
  if (size > MAX_DROP_BYTES)
    return `“${fileName}” is ${megabytes(size)}; the largest file OC Explorer imports is ${megabytes(MAX_DROP_BYTES)}.`;
  return undefined;
}

/**
 * Tells an OpenAPI spec from an OC Explorer marketplace export from anything else. Main checks
 * the chosen kind in full when it imports; this only decides where the text goes, and explains
 * a refusal in words a person can act on.
 */
export function detectDroppedKind(fileName: string, rawText: string): DroppedKind {
  const text = rawText.replace(/^\uFEFF/, '');
  const refuse = (reason: string): DroppedKind => ({ kind: 'refused', reason });
  const name = `“${fileName}”`;

  if (text.trim() === '') return refuse(`${name} is empty.`);
  if (text.includes('\u0000')) return refuse(`${name} is not a text file, so it is not a spec.`);
  if (!/^\s*[{[]/.test(text)) {
    if (/^\s*openapi\s*:/m.test(text))
      return refuse(
        `${name} looks like a YAML OpenAPI spec. OC Explorer imports specs as JSON: convert it (for example with \`yq -o=json\`) and drop the JSON file.`,
      );
    return refuse(
      `${name} is not JSON, so it is neither an OpenAPI spec nor an OC Explorer marketplace export.`,
    );
  }

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return refuse(`${name} is not valid JSON${detail}. Nothing was imported.`);
  }
  if (!isRecord(value)) return refuse(neither(name));

  if (value.format === PROFILE_EXPORT_FORMAT) {
    if (value.version !== PROFILE_EXPORT_VERSION)
      return refuse(
        `${name} is a marketplace export from a newer OC Explorer (format version ${String(value.version)}); update OC Explorer to import it.`,
      );
    if (text.length > MAX_PROFILE_IMPORT_LENGTH)
      return refuse(
        `${name} is too big for a marketplace export (over ${megabytes(MAX_PROFILE_IMPORT_LENGTH)}).`,
      );
    return {
      kind: 'profiles',
      names: profileNames(value.profiles),
      hasSealedSecrets: typeof value.sealedSecrets === 'string' && value.sealedSecrets !== '',
    };
  }
  if (typeof value.openapi === 'string') {
    if (text.length > MAX_SPEC_IMPORT_LENGTH)
      return refuse(`${name} is too big to import (over ${megabytes(MAX_SPEC_IMPORT_LENGTH)}).`);
    return { kind: 'spec' };
  }
  if (typeof value.swagger === 'string')
    return refuse(
      `${name} is a Swagger ${value.swagger} document; OC Explorer reads OpenAPI 3 specs. Convert it to OpenAPI 3 first.`,
    );
  return refuse(neither(name));
}

function neither(name: string): string {
  return `${name} is JSON, but neither an OpenAPI 3 spec nor an OC Explorer marketplace export.`;
}

function profileNames(profiles: unknown): string[] {
  if (!Array.isArray(profiles)) return [];
  return profiles.flatMap((profile) =>
    isRecord(profile) && typeof profile.name === 'string' ? [profile.name] : [],
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

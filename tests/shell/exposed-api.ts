import { contextBridge } from '../fakes/electron';

type Tree = { [key: string]: unknown };

/** Runs the Electron preload in the fake and returns what it put on window.ocx. */
export async function loadExposedApi(): Promise<Tree> {
  await import('../../preload/index');
  return contextBridge.exposed.ocx as Tree;
}

/** `app.info`, `settings.onChanged`, ...: the dotted path of every leaf of the exposed tree. */
export function members(tree: Tree, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix + key;
    if (typeof value === 'object' && value !== null) {
      for (const entry of members(value as Tree, `${name}.`)) found.set(...entry);
    } else found.set(name, value);
  }
  return found;
}

/** The member window.ocx offers for a contract event: `settings.changed` -> `settings.onChanged`. */
export function eventMember(event: string): string {
  const dot = event.indexOf('.');
  const member = event.slice(dot + 1);
  return `${event.slice(0, dot)}.on${member.charAt(0).toUpperCase()}${member.slice(1)}`;
}

import { REGIONS, type Environment, type Stage } from '../../preload/contract/environments';

export const STAGE_LABELS: Readonly<Record<Stage, string>> = {
  sandbox: 'Sandbox',
  staging: 'Staging',
  production: 'Production',
};

/** How the sidebar names where a marketplace lives: "Local sandbox", "US West · Sandbox", a host. */
export function environmentLabel(environment: Environment): string {
  switch (environment.kind) {
    case 'local':
      return 'Local sandbox';
    case 'region':
      return `${REGIONS[environment.region].label} · ${STAGE_LABELS[environment.stage]}`;
    case 'custom':
      return hostOf(environment.apiUrl);
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

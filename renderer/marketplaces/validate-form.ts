import { GRANT_TYPES } from './grant-types';
import {
  savesPassword,
  type ApiClientForm,
  type EnvironmentForm,
  type MarketplaceForm,
  type PerspectiveForm,
} from './marketplace-form';

/** Problems by field name: the keys are the `name`s of the editor's fields. */
export type FormProblems = Record<string, string>;

export const fieldName = {
  environment: (field: 'apiUrl' | 'authUrl') => `environment.${field}`,
  apiClient: (id: string, field: 'clientId') => `apiClients.${id}.${field}`,
  perspective: (
    id: string,
    field: 'label' | 'apiClientId' | 'username' | 'password' | 'via' | 'orgId' | 'userId',
  ) => `perspectives.${id}.${field}`,
};

const HEX_COLOR = /^#[0-9a-f]{6}$/i;
export const isHexColor = (value: string): boolean => HEX_COLOR.test(value.trim());
const MAX_LENGTH = 100;

export function validateMarketplaceForm(form: MarketplaceForm): FormProblems {
  const problems: FormProblems = {};
  const report = (field: string, problem: string | undefined) => {
    if (problem && !problems[field]) problems[field] = problem;
  };

  report('name', requiredText(form.name, 'Name the marketplace.'));
  if (!isHexColor(form.color)) report('color', 'Use a hex colour like #2f5bea.');
  report('marketplaceId', tooLong(form.marketplaceId));
  validateEnvironment(form.environment, report);
  form.apiClients.forEach((client, index) => {
    const field = fieldName.apiClient(client.id, 'clientId');
    report(field, requiredText(client.clientId, 'Enter the Client ID.'));
    if (repeatsEarlier(form.apiClients, client, index, (other) => other.clientId.trim()))
      report(field, 'Another API client has this Client ID.');
  });
  form.perspectives.forEach((perspective, index) => {
    const label = fieldName.perspective(perspective.id, 'label');
    if (repeatsEarlier(form.perspectives, perspective, index, (other) => other.label.trim()))
      report(label, 'Another perspective has this name.');
    validatePerspective(perspective, form, report);
  });
  return problems;
}

type Report = (field: string, problem: string | undefined) => void;

function validateEnvironment(environment: EnvironmentForm, report: Report) {
  if (environment.kind !== 'custom') return;
  report(fieldName.environment('apiUrl'), urlProblem(environment.apiUrl, { required: true }));
  report(fieldName.environment('authUrl'), urlProblem(environment.authUrl, { required: false }));
}

function validatePerspective(perspective: PerspectiveForm, form: MarketplaceForm, report: Report) {
  const field = (name: Parameters<typeof fieldName.perspective>[1]) =>
    fieldName.perspective(perspective.id, name);
  const grant = GRANT_TYPES[perspective.grantType];

  report(field('label'), requiredText(perspective.label, 'Name the perspective.'));
  const client = form.apiClients.find((candidate) => candidate.id === perspective.apiClientId);
  if (!client) report(field('apiClientId'), 'Choose an API client.');
  else if (grant.needsClientSecret && !hasSecret(client))
    report(
      field('apiClientId'),
      `${grant.label} sends the client secret: enter it on API client ${client.clientId.trim() || 'above'}.`,
    );

  if (grant.usesPassword) {
    report(field('username'), requiredText(perspective.username, 'Enter the username.'));
    if (savesPassword(perspective) && !perspective.hasPassword && !perspective.password)
      report(field('password'), 'Type the password to save, or untick “Save password”.');
  }
  if (perspective.grantType === 'impersonation') {
    const { via, userType, orgId, userId } = perspective.impersonation;
    if (!form.perspectives.some((other) => other.id === via && other.id !== perspective.id))
      report(field('via'), 'Choose the perspective that impersonates.');
    report(
      field('orgId'),
      requiredText(orgId, userType === 'buyer' ? 'Enter the buyer ID.' : 'Enter the supplier ID.'),
    );
    report(field('userId'), requiredText(userId, 'Enter the user ID.'));
  }
}

const hasSecret = (client: ApiClientForm) => client.hasSecret || client.secret !== '';

function requiredText(value: string, problem: string): string | undefined {
  return value.trim() ? tooLong(value) : problem;
}

function tooLong(value: string): string | undefined {
  return value.trim().length > MAX_LENGTH ? `Keep it under ${MAX_LENGTH} characters.` : undefined;
}

/** True for the second and later items with the same non-empty key. */
function repeatsEarlier<T>(items: readonly T[], item: T, index: number, key: (item: T) => string) {
  const own = key(item);
  return own !== '' && items.findIndex((other) => key(other) === own) < index;
}

function urlProblem(value: string, { required }: { required: boolean }): string | undefined {
  const text = value.trim();
  if (!text) return required ? 'Enter the API URL, like https://api.example.com.' : undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'This is not a full URL. Start it with https:// (or http://).';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return 'Use an http:// or https:// URL.';
  return undefined;
}

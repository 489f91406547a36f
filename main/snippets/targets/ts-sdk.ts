import type { PreparedRequest } from '../prepared-request';
import type { SdkCall } from '../sdk-call';
import { sdkProgram } from './js-sdk';

/** The call with ordercloud-javascript-sdk in TypeScript: the JavaScript one, with the body typed. */
export function tsSdkSnippet(request: PreparedRequest, call: SdkCall): string {
  return sdkProgram(request, call, { typed: true });
}

import type { ExecutedResponse, HistoryPerspective, RequestDraft } from '../../preload/contract';
import type { ParsedInput } from '../../preload/contract';
import type { CallContext } from '../bridge/handlers';
import type { HistoryService } from '../history/history-service';
import type { ProfileService } from '../profiles/profile-service';

/** Bodies larger than history keeps are not even decoded. */
const KEPT_BODY_BYTES = 256 * 1024;

type SendInput = ParsedInput<'requests.send'>;
type Send = (
  request: SendInput,
  context: CallContext,
) => Promise<ExecutedResponse> | ExecutedResponse;

/**
 * Wraps `requests.send` so every request lands in its marketplace's history, answered or not.
 * History is a convenience: failing to write it never fails the request.
 */
export function recordingHistory(
  send: Send,
  history: HistoryService,
  profiles: ProfileService,
): Send {
  return async (request, context) => {
    const started = performance.now();
    const record = (outcome: { response?: ExecutedResponse; error?: string }) =>
      history
        .record({
          profileId: request.profileId,
          perspective: perspectiveOf(profiles, request),
          draft: draftOf(request),
          status: outcome.response?.status,
          error: outcome.error,
          durationMs: outcome.response?.timings.total ?? performance.now() - started,
          size: outcome.response?.size,
          ...bodyOf(outcome.response),
        })
        .catch(() => undefined);
    // Recorded on the next turn of the event loop, after the answer is on its way.
    try {
      const response = await send(request, context);
      setImmediate(() => void record({ response }));
      return response;
    } catch (error) {
      const message = error instanceof Error ? error.message : 'The request failed.';
      setImmediate(() => void record({ error: message }));
      throw error;
    }
  };
}

function draftOf(request: SendInput): RequestDraft {
  const pairs = (list: SendInput['query']) =>
    (list ?? []).map((pair) => ({ ...pair, enabled: true }));
  return {
    method: request.method.toUpperCase() as RequestDraft['method'],
    path: request.path,
    query: pairs(request.query),
    headers: pairs(request.headers),
    body: request.body?.text,
  };
}

function perspectiveOf(
  profiles: ProfileService,
  request: SendInput,
): HistoryPerspective | undefined {
  const perspective = profiles
    .find(request.profileId)
    ?.perspectives.find((candidate) => candidate.id === request.perspectiveId);
  return (
    perspective && {
      perspectiveId: perspective.id,
      label: perspective.label,
      username: perspective.username,
    }
  );
}

function bodyOf(response: ExecutedResponse | undefined) {
  if (!response || response.body.byteLength > KEPT_BODY_BYTES) return {};
  const contentType = response.headers['content-type'];
  return {
    responseBody: new TextDecoder().decode(response.body),
    contentType: Array.isArray(contentType) ? contentType[0] : contentType,
  };
}

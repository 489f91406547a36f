import type { OperationDetail } from '../../preload/contract';
import { ocx } from '../bridge/ocx';
import { useAsync } from '../state/use-async';

/** The full detail of an operation (parameters, body schema), resolved by main on demand. */
export function useOperation(
  catalogId: string | undefined,
  operationId: string | undefined,
): OperationDetail | undefined {
  const key = catalogId && operationId ? `${catalogId}|${operationId}` : undefined;
  return useAsync(key, async () => {
    const result = await ocx.catalog.operation({
      catalogId: catalogId!,
      operationId: operationId!,
    });
    return result.ok ? result.value : undefined;
  });
}

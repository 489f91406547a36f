import { useEffect, useEffectEvent, useState } from 'react';
import type { BodyValidation } from '../../preload/contract/catalog';

const DEBOUNCE_MS = 300;
const NOTHING_TO_CHECK: BodyValidation = { valid: true, errors: [] };

interface Checked {
  /** Which validator answered: the schema one and the syntax-only one differ for the same text. */
  validator: string;
  body: string;
  result: BodyValidation;
}

export type BodyStatus = 'none' | 'checking' | 'valid' | 'invalid';

export interface BodyValidationState {
  status: BodyStatus;
  /** The latest answer, even while a newer text is being checked, so problems do not flicker. */
  latest: BodyValidation | undefined;
  /** Checks the current text now (or answers from the last check of it). */
  validateNow: () => Promise<BodyValidation>;
}

/** Validates the body as the user types (debounced), keeping only answers for the current text. */
export function useBodyValidation(
  body: string | undefined,
  validate: (body: string) => Promise<BodyValidation>,
  validator: string,
): BodyValidationState {
  const [checked, setChecked] = useState<Checked>();
  const validateLater = useEffectEvent((text: string) => validate(text));

  useEffect(() => {
    if (body === undefined) return;
    let live = true;
    const timer = setTimeout(() => {
      validateLater(body).then(
        (result) => live && setChecked({ validator, body, result }),
        // A failed check is not a verdict on the body; the API still validates what it receives.
        () => undefined,
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [body, validator]);

  const sameValidator = checked?.validator === validator;
  const current = sameValidator && checked.body === body ? checked.result : undefined;

  const validateNow = async () => {
    if (body === undefined) return NOTHING_TO_CHECK;
    if (current) return current;
    const result = await validate(body);
    setChecked({ validator, body, result });
    return result;
  };

  const status: BodyStatus =
    body === undefined ? 'none' : !current ? 'checking' : current.valid ? 'valid' : 'invalid';
  return { status, latest: sameValidator ? checked.result : undefined, validateNow };
}

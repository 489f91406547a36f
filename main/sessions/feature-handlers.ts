import type { z } from 'zod';
import type { CallContext } from '../bridge/handlers';

type ChannelSpecs = Record<string, { input: z.ZodType; output: z.ZodType }>;
type EventSpecs = Record<string, { payload: z.ZodType }>;

/** One handler per channel of a feature, typed from its contract entries like the HandlerMap. */
export type FeatureHandlers<C extends ChannelSpecs> = {
  [K in keyof C]: (
    input: z.output<C[K]['input']>,
    context: CallContext,
  ) => Promise<z.output<C[K]['output']>> | z.output<C[K]['output']>;
};

/** Pushes one of a feature's events to every renderer. */
export type FeatureEventSink<E extends EventSpecs> = <K extends keyof E & string>(
  event: K,
  payload: z.output<E[K]['payload']>,
) => void;

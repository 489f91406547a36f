import type { z } from 'zod';

export interface ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

/** A request/response channel: the renderer asks, main answers. */
export function channel<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
): ChannelSpec<I, O> {
  return { input, output };
}

/** An event main pushes to the renderer. */
export function event<P extends z.ZodType>(payload: P): { payload: P } {
  return { payload };
}

// A line's price: the price break for its quantity, plus the markups of the spec options chosen.
import { apiErrors } from '../http/errors';
import { sameId } from '../ids';
import type { LineItemSpec, PriceSchedule, Product, Spec } from '../store/model';
import type { SandboxState } from '../store/state';

export interface LinePrice {
  UnitPrice: number;
  LineSubtotal: number;
  LineTotal: number;
  Specs: LineItemSpec[];
}

const cents = (amount: number) => Math.round(amount * 100) / 100;

/** The price of the largest break at or below the quantity. */
export function breakPrice(schedule: PriceSchedule, quantity: number): number {
  const breaks = [...schedule.PriceBreaks].sort((a, b) => a.Quantity - b.Quantity);
  const applicable = breaks.filter((priceBreak) => priceBreak.Quantity <= quantity);
  return (applicable.at(-1) ?? breaks[0]!).Price;
}

export function assertQuantityAllowed(schedule: PriceSchedule, quantity: number): void {
  if (quantity < (schedule.MinQuantity ?? 1)) {
    throw apiErrors.rule(
      400,
      'PriceSchedule.CannotBeLessThanMin',
      'Quantity given cannot be lower than the minimum as per price schedule restrictions.',
      {
        MinQuantity: schedule.MinQuantity,
      },
    );
  }
  if (schedule.MaxQuantity !== null && quantity > schedule.MaxQuantity) {
    throw apiErrors.rule(
      400,
      'PriceSchedule.CannotExceedMax',
      'Quantity given cannot exceed the maximum as per price schedule restrictions.',
      {
        MaxQuantity: schedule.MaxQuantity,
      },
    );
  }
  if (
    schedule.RestrictedQuantity &&
    !schedule.PriceBreaks.some((priceBreak) => priceBreak.Quantity === quantity)
  ) {
    throw apiErrors.rule(
      400,
      'PriceSchedule.QuantityNotAllowed',
      'Quantity not allowed as per price schedule restrictions.',
      {
        AllowedQuantities: schedule.PriceBreaks.map((priceBreak) => priceBreak.Quantity),
      },
    );
  }
}

interface SpecChoice {
  SpecID: string;
  OptionID?: string | null;
  Value?: string | null;
}

/** The product's specs, each with the choice made for it (or its default), checked. */
function resolveSpecs(state: SandboxState, product: Product, chosen: SpecChoice[]) {
  const assigned = state.tables.specProductAssignments
    .list('')
    .filter((assignment) => sameId(assignment.ProductID, product.ID));
  for (const choice of chosen) {
    if (!assigned.some((assignment) => sameId(assignment.SpecID, choice.SpecID))) {
      throw apiErrors.notFound('Spec', choice.SpecID);
    }
  }
  return assigned.flatMap((assignment) => {
    const spec = state.tables.specs.get('', String(assignment.SpecID)) as Spec | undefined;
    if (!spec) return [];
    const choice = chosen.find((candidate) => sameId(candidate.SpecID, spec.ID));
    const optionID = choice
      ? (choice.OptionID ?? null)
      : ((assignment.DefaultOptionID as string | null) ?? spec.DefaultOptionID);
    const value = choice
      ? (choice.Value ?? null)
      : ((assignment.DefaultValue as string | null) ?? spec.DefaultValue);
    const option = optionID ? state.tables.specOptions.get(spec.ID, optionID) : undefined;
    if (optionID && !option) {
      throw apiErrors.rule(400, 'Spec.OptionNotFound', 'Spec Option not found for the given ID.', {
        SpecID: spec.ID,
        OptionID: optionID,
      });
    }
    if (!option && !value) {
      if (spec.Required)
        throw apiErrors.rule(
          400,
          'Spec.RequiresSelection',
          `Spec ${spec.ID} requires a selection.`,
          { SpecID: spec.ID },
        );
      return [];
    }
    if (!option && !spec.AllowOpenText) {
      throw apiErrors.rule(
        400,
        'Spec.RequiresSelection',
        `Spec ${spec.ID} takes one of its options, not open text.`,
        { SpecID: spec.ID },
      );
    }
    return [{ spec, option, value: option?.Value ?? value }];
  });
}

export function priceLine(
  state: SandboxState,
  product: Product,
  schedule: PriceSchedule,
  quantity: number,
  chosenSpecs: SpecChoice[],
  /** The quantity that picks the price break (all lines of the product, for cumulative schedules). */
  breakQuantity = quantity,
): LinePrice {
  const base = breakPrice(schedule, breakQuantity);
  let perUnit = 0;
  let perLine = 0;
  const specs = resolveSpecs(state, product, chosenSpecs);
  for (const { option } of specs) {
    const markup = option?.PriceMarkup ?? 0;
    if (option?.PriceMarkupType === 'AmountPerQuantity') perUnit += markup;
    if (option?.PriceMarkupType === 'Percentage') perUnit += (base * markup) / 100;
    if (option?.PriceMarkupType === 'AmountTotal') perLine += markup;
  }
  const unitPrice = cents(base + perUnit);
  const subtotal = cents(unitPrice * quantity + perLine);
  return {
    UnitPrice: unitPrice,
    LineSubtotal: subtotal,
    LineTotal: subtotal,
    Specs: specs.map(({ spec, option, value }) => ({
      SpecID: spec.ID,
      Name: spec.Name,
      OptionID: option?.ID ?? null,
      Value: value ?? null,
    })),
  };
}

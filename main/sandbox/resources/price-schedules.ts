// Price schedules: quantity price breaks, min and max quantities.
import { apiErrors } from '../http/errors';
import { sameId } from '../ids';
import type { PriceBreak, PriceSchedule } from '../store/model';
import { param, queryParam, type HandlerContext, type HandlerMap } from './context';
import { crud, verbs } from './crud';

function checkSchedule(schedule: PriceSchedule): void {
  const breaks = schedule.PriceBreaks;
  if (new Set(breaks.map((priceBreak) => priceBreak.Quantity)).size !== breaks.length) {
    throw apiErrors.rule(
      400,
      'PriceSchedule.DuplicatePriceBreaks',
      'Price breaks array cannot contain duplicate quantity values.',
    );
  }
  breaks.sort((a, b) => a.Quantity - b.Quantity);
  if (schedule.MaxQuantity !== null && schedule.MaxQuantity < schedule.MinQuantity) {
    throw apiErrors.rule(
      400,
      'PriceSchedule.MinGreaterThanMax',
      'Max Quantity must be greater than or equal to min quantity.',
    );
  }
}

function findSchedule(context: HandlerContext): PriceSchedule {
  const id = param(context, 'priceScheduleID');
  const schedule = context.state.tables.priceSchedules.get('', id);
  if (!schedule) throw apiErrors.notFound('PriceSchedule', id);
  return schedule;
}

export const priceScheduleHandlers: HandlerMap = {
  ...crud<PriceSchedule>({
    objectType: 'PriceSchedule',
    idParam: 'priceScheduleID',
    table: (state) => state.tables.priceSchedules,
    allow: ['admin'],
    operations: verbs('PriceSchedules'),
    created: () => ({
      ApplyTax: false,
      ApplyShipping: false,
      UseCumulativeQuantity: false,
      RestrictedQuantity: false,
      PriceBreaks: [],
    }),
    beforeWrite: (schedule) => {
      schedule.PriceBreaks ??= [];
      schedule.MinQuantity ??= 1;
      checkSchedule(schedule);
    },
    afterDelete: (schedule, { state }) => {
      for (const product of state.tables.products.list('')) {
        if (sameId(product.DefaultPriceScheduleID, schedule.ID))
          product.DefaultPriceScheduleID = null;
      }
      state.tables.productAssignments.deleteWhere((assignment) =>
        sameId(assignment.PriceScheduleID, schedule.ID),
      );
    },
  }),
  'PriceSchedules.SavePriceBreak': {
    allow: ['admin'],
    handle: (context) => {
      const schedule = findSchedule(context);
      const priceBreak = context.body as unknown as PriceBreak;
      schedule.PriceBreaks = [
        ...schedule.PriceBreaks.filter((existing) => existing.Quantity !== priceBreak.Quantity),
        { Quantity: priceBreak.Quantity, Price: priceBreak.Price },
      ];
      checkSchedule(schedule);
      return schedule;
    },
  },
  'PriceSchedules.DeletePriceBreak': {
    allow: ['admin'],
    handle: (context) => {
      const schedule = findSchedule(context);
      const quantity = Number(queryParam(context, 'quantity'));
      if (!schedule.PriceBreaks.some((priceBreak) => priceBreak.Quantity === quantity)) {
        throw apiErrors.rule(
          404,
          'PriceSchedule.QtyNotFound',
          'The price schedule does not contain a price break with the given quantity.',
        );
      }
      schedule.PriceBreaks = schedule.PriceBreaks.filter(
        (priceBreak) => priceBreak.Quantity !== quantity,
      );
      return undefined;
    },
  },
};

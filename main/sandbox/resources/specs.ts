// Specs (a product's choices, like a glove size), their options and price markups.
import { apiErrors } from '../http/errors';
import { sameId } from '../ids';
import type { Spec, SpecOption } from '../store/model';
import { assignmentHandlers, reference } from './assignments';
import type { HandlerMap } from './context';
import { crud, verbs } from './crud';

export const specHandlers: HandlerMap = {
  ...crud<Spec>({
    objectType: 'Spec',
    idParam: 'specID',
    table: (state) => state.tables.specs,
    allow: ['admin'],
    operations: verbs('Specs'),
    created: () => ({ ListOrder: 1, Required: false, AllowOpenText: false, DefinesVariant: false }),
    beforeWrite: (spec, _previous, { state }) => {
      if (spec.DefaultOptionID && !state.tables.specOptions.has(spec.ID, spec.DefaultOptionID)) {
        throw apiErrors.rule(
          404,
          'Spec.OptionNotFound',
          'Spec Option not found for the given ID.',
          {
            OptionID: spec.DefaultOptionID,
          },
        );
      }
    },
    afterDelete: (spec, { state }) => {
      state.tables.specOptions.deleteScope(spec.ID);
      state.tables.specProductAssignments.deleteWhere((assignment) =>
        sameId(assignment.SpecID, spec.ID),
      );
    },
    view: (spec, { state }) => ({
      ...spec,
      OptionCount: state.tables.specOptions.list(spec.ID).length,
    }),
  }),
  ...crud<SpecOption>({
    objectType: 'SpecOption',
    idParam: 'optionID',
    table: (state) => state.tables.specOptions,
    parent: { param: 'specID', objectType: 'Spec', table: (state) => state.tables.specs },
    allow: ['admin'],
    operations: {
      List: 'Specs.ListOptions',
      Get: 'Specs.GetOption',
      Create: 'Specs.CreateOption',
      Save: 'Specs.SaveOption',
      Patch: 'Specs.PatchOption',
      Delete: 'Specs.DeleteOption',
    },
    created: () => ({
      ListOrder: 1,
      IsOpenText: false,
      PriceMarkupType: 'NoMarkup',
      PriceMarkup: 0,
    }),
  }),
  ...assignmentHandlers({
    table: 'specProductAssignments',
    objectType: 'SpecProductAssignment',
    params: { SpecID: 'specID', ProductID: 'productID' },
    settings: ['DefaultValue', 'DefaultOptionID'],
    references: {
      SpecID: reference('Spec', (state) => state.tables.specs),
      ProductID: reference('Product', (state) => state.tables.products),
    },
    allow: ['admin'],
    operations: {
      list: 'Specs.ListProductAssignments',
      save: 'Specs.SaveProductAssignment',
      delete: ['Specs.DeleteProductAssignment'],
    },
    beforeSave: (assignment) => {
      if (!assignment.SpecID) throw apiErrors.requiredField('SpecID');
      if (!assignment.ProductID) throw apiErrors.requiredField('ProductID');
    },
  }),
};

import type { OperationDetail } from '../../preload/contract/catalog';
import { SuggestInput, TextInput } from './controls';
import { fillPath, readPathValues } from './path-template';

interface PathParamsProps {
  operation: OperationDetail;
  path: string;
  onPathChange: (path: string) => void;
}

/** One field per path parameter; the draft's path is the template filled with them. */
export function PathParams({ operation, path, onPathChange }: PathParamsProps) {
  const values = readPathValues(operation.path, path) ?? {};
  const set = (name: string, value: string) =>
    onPathChange(fillPath(operation.path, { ...values, [name]: value }));

  return (
    <div className="path-params" role="group" aria-label="Path parameters">
      {operation.pathParams.map((param) => {
        const field = {
          label: param.name,
          value: values[param.name] ?? '',
          placeholder: param.description || param.name,
          isRequired: param.required,
          onChange: (value: string) => set(param.name, value),
        };
        return param.enum ? (
          <SuggestInput
            key={param.name}
            className="path-param"
            suggestions={param.enum}
            {...field}
          />
        ) : (
          <TextInput key={param.name} className="path-param" mono {...field} />
        );
      })}
    </div>
  );
}

// A form generated from a saved query's typed parameters: one field per parameter with its default, a required
// mark, and a message next to any field whose value does not fit its type.
import type { SavedQueryParam as QueryParam } from '../../api/api-contract';
import { parseParams } from '../../core/queries/param-values';
import { h } from '../dom';

const INPUT_TYPE: Record<QueryParam['type'], string> = {
  string: 'text',
  id: 'text',
  integer: 'number',
  float: 'number',
  boolean: 'checkbox',
  date: 'date',
};

/** A field that picks an entity for an `id` parameter (search as you type, the selected node). */
export interface IdField {
  element: HTMLElement;
  input: HTMLInputElement;
  /** The id picked, or the text typed when nothing was picked (an id typed by hand). */
  value(): string;
  /** Picks the node selected in the graph; false when none is selected. */
  fillFromSelection(): boolean;
}

export interface ParamFormOptions {
  /** Builds the field of an `id` parameter; without it, a text field for the id. */
  idField?: (param: QueryParam, fieldId: string, initial: string | null) => IdField;
}

export interface ParamForm {
  element: HTMLElement;
  /** The entity pickers of the `id` parameters, in order. */
  idFields(): IdField[];
  /** The parsed values, or null after showing the problems next to the fields. */
  values(): Record<string, unknown> | null;
}

export function paramForm(
  queryId: string,
  params: readonly QueryParam[],
  initial: Record<string, unknown> = {},
  options: ParamFormOptions = {},
): ParamForm {
  const inputs = new Map<string, HTMLInputElement>();
  const idFields = new Map<string, IdField>();
  const errors = new Map<string, HTMLElement>();
  const fields = params.map((param) => {
    const id = `param-${queryId}-${param.name}`;
    const value = initial[param.name] ?? param.default;
    const picker =
      param.type === 'id' && options.idField
        ? options.idField(param, id, value === null || value === undefined ? null : String(value))
        : null;
    if (picker) {
      picker.input.setAttribute('aria-describedby', `${id}-error`);
      picker.input.required = param.required;
      idFields.set(param.name, picker);
    }
    const input =
      picker?.input ??
      h('input', {
        id,
        name: param.name,
        type: INPUT_TYPE[param.type],
        required: param.required,
        step: param.type === 'float' ? 'any' : param.type === 'integer' ? '1' : undefined,
        placeholder: param.type === 'id' ? 'e.g. person:pat-ryder' : undefined,
        'aria-describedby': `${id}-error`,
      });
    if (param.type === 'boolean') input.checked = value === true;
    else if (!picker && value !== null && value !== undefined) input.value = String(value);
    inputs.set(param.name, input);
    const error = h('span', { id: `${id}-error`, className: 'field-error', role: 'alert' });
    errors.set(param.name, error);
    return h(
      'p',
      { className: 'field' },
      h(
        'label',
        { htmlFor: id },
        param.name,
        param.required ? h('abbr', { title: 'required', className: 'required' }, ' *') : null,
        h('span', { className: 'muted small' }, ` ${param.type}`),
      ),
      picker?.element ?? input,
      param.description ? h('span', { className: 'muted small' }, param.description) : null,
      error,
    );
  });
  return {
    element: h('div', { className: 'param-form' }, ...fields),
    idFields: () => [...idFields.values()],
    values() {
      const raw: Record<string, string | boolean> = {};
      for (const param of params) {
        const input = inputs.get(param.name)!;
        raw[param.name] = param.type === 'boolean' ? input.checked : (idFields.get(param.name)?.value() ?? input.value);
      }
      const parsed = parseParams(params, raw);
      for (const [name, error] of errors) {
        error.textContent = parsed.ok ? '' : (parsed.errors[name] ?? '');
        inputs.get(name)!.setAttribute('aria-invalid', String(!parsed.ok && name in parsed.errors));
      }
      return parsed.ok ? parsed.values : null;
    },
  };
}

import type { DashboardField } from '../../../modules/dashboards/dashboard-fields.js';
import { ODataFilterError, at, quote, type ODataParameter } from './odata-errors.js';

/** The analytics face's camelCase names (seed 002) for the dashboard fields a query may use. */
const FIELD_OF_PROPERTY = new Map<string, DashboardField>([
  ['name', 'name'],
  ['type', 'type'],
  ['description', 'description'],
  ['widgetCount', 'widget_count'],
  ['refreshInterval', 'refresh_interval_seconds'],
  ['createdAt', 'created_at'],
  ['updatedAt', 'updated_at'],
]);

const PROPERTY_OF_FIELD = new Map([...FIELD_OF_PROPERTY].map(([property, field]) => [field, property]));

export const ODATA_PROPERTIES: readonly string[] = [...FIELD_OF_PROPERTY.keys()];

export function isODataProperty(name: string): boolean {
  return FIELD_OF_PROPERTY.has(name);
}

/** Property names are case-sensitive, as in OData; a near miss in case gets a suggestion. */
export function fieldOfProperty(name: string, position: number, parameter: ODataParameter = '$filter'): DashboardField {
  const field = FIELD_OF_PROPERTY.get(name);
  if (field) return field;
  const sameLetters = ODATA_PROPERTIES.find((p) => p.toLowerCase() === name.toLowerCase());
  const hint = sameLetters ? `did you mean '${sameLetters}'?` : `properties are ${ODATA_PROPERTIES.join(', ')}`;
  throw new ODataFilterError(`Unknown property ${quote(name)} ${at(position)}; ${hint}`, position, parameter);
}

export function propertyOfField(field: DashboardField): string {
  return PROPERTY_OF_FIELD.get(field) ?? field;
}

import type { ModelJsonSchema } from './types.js';

/**
 * What the admin screens need to know about one field, read from the model's JSON Schema: the
 * input it takes, whether it may be null, whether it can be written, and where a foreign key points.
 */
export type FieldKind =
  | 'text'
  | 'longtext'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'time'
  | 'enum'
  | 'json'
  | 'relation'
  | 'binary';

export interface RelationConfig {
  relatedModel: string;
  displayField: string;
  foreignKey: string;
}

export interface FieldSpec {
  name: string;
  title: string;
  kind: FieldKind;
  nullable: boolean;
  readOnly: boolean;
  required: boolean;
  maxLength?: number;
  enumValues?: string[];
  relation?: RelationConfig;
  defaultValue?: unknown;
}

/** Text up to this length gets a one-line input; anything longer (or unbounded) a growing textarea. */
const ONE_LINE_MAX = 255;

function typesOf(property: Record<string, unknown>): string[] {
  const type = property.type;
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  return typeof type === 'string' ? [type] : [];
}

function relationOf(property: Record<string, unknown>): RelationConfig | undefined {
  const config = property.relationshipConfig as Partial<RelationConfig> | undefined;
  if (!config || typeof config.relatedModel !== 'string') return undefined;
  return { relatedModel: config.relatedModel, displayField: String(config.displayField ?? config.foreignKey ?? 'id'), foreignKey: String(config.foreignKey ?? 'id') };
}

function kindOf(property: Record<string, unknown>, types: string[], relation: RelationConfig | undefined): FieldKind {
  if (relation) return 'relation';
  if (Array.isArray(property.enum)) return 'enum';
  if (types.includes('object') || types.includes('array')) return 'json';
  if (property.contentEncoding === 'base64') return 'binary';
  const main = types.find((t) => t !== 'null') ?? 'string';
  if (main === 'integer') return 'integer';
  if (main === 'number') return 'number';
  if (main === 'boolean') return 'boolean';
  if (property.format === 'date') return 'date';
  if (property.format === 'date-time') return 'datetime';
  if (property.format === 'time') return 'time';
  const maxLength = typeof property.maxLength === 'number' ? property.maxLength : undefined;
  return maxLength !== undefined && maxLength <= ONE_LINE_MAX ? 'text' : property.format ? 'text' : 'longtext';
}

export function fieldSpec(name: string, property: Record<string, unknown>, required: boolean): FieldSpec {
  const types = typesOf(property);
  const relation = relationOf(property);
  const kind = kindOf(property, types, relation);
  return {
    name,
    title: typeof property.title === 'string' ? property.title : name,
    kind,
    nullable: types.includes('null'),
    readOnly: property.readOnly === true || kind === 'binary',
    required,
    ...(typeof property.maxLength === 'number' ? { maxLength: property.maxLength } : {}),
    ...(Array.isArray(property.enum) ? { enumValues: property.enum.filter((v): v is string => typeof v === 'string') } : {}),
    ...(relation ? { relation } : {}),
    ...('default' in property ? { defaultValue: property.default } : {}),
  };
}

/** Every field of a form schema, in the schema's order. */
export function fieldSpecs(schema: ModelJsonSchema): FieldSpec[] {
  const required = new Set(schema.required);
  return Object.entries(schema.properties).map(([name, property]) => fieldSpec(name, property, required.has(name)));
}

export function specsByName(specs: FieldSpec[]): Map<string, FieldSpec> {
  return new Map(specs.map((spec) => [spec.name, spec]));
}

import { useQuery } from '@tanstack/react-query';
import { dataOrThrow, http } from '../../api/client.js';
import type { RelationConfig } from '../fields.js';
import { adminKeys } from '../queries.js';

/**
 * The label of the record a foreign key points at (its display field), read from that record,
 * since a single record comes without the labels a list carries. Undefined until known, or when
 * the related record cannot be read.
 */
export function useRelatedLabel(relation: RelationConfig | undefined, value: unknown): string | undefined {
  const id = value === null || value === undefined ? '' : String(value);
  const related = useQuery({
    queryKey: adminKeys.record(relation?.relatedModel ?? '', id),
    queryFn: ({ signal }) =>
      dataOrThrow(http.GET('/admin/api/models/{model}/{id}', { params: { path: { model: relation!.relatedModel, id } }, signal })),
    enabled: Boolean(relation && id),
    staleTime: 60_000,
    retry: false,
  });
  const label = relation ? related.data?.[relation.displayField] : undefined;
  return label === null || label === undefined ? undefined : String(label);
}

import { useDocumentTitle } from '@mantine/hooks';

/** Names the browser tab after the page, most specific first: "Sales Overview · Dashboards · Tessera". */
export function usePageTitle(...parts: (string | null | undefined)[]): void {
  useDocumentTitle([...parts.filter((part): part is string => Boolean(part)), 'Tessera'].join(' · '));
}

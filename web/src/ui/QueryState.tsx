import { Alert, Center, Loader } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { errorMessage } from '../api/errors.js';

interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  /** What is being loaded, for the spinner's label and the error title ("teams"). */
  noun: string;
  children: (data: T) => ReactNode;
}

/** The loading spinner, the error, and then the data: the same three states on every list page. */
export function QueryState<T>({ query, noun, children }: QueryStateProps<T>) {
  return (
    <>
      {query.isError && (
        <Alert color="red" variant="light" mb="md" title={`Could not load ${noun}`}>
          {errorMessage(query.error)}
        </Alert>
      )}
      {query.isPending ? (
        <Center py="xl">
          <Loader aria-label={`Loading ${noun}`} />
        </Center>
      ) : (
        query.data !== undefined && children(query.data)
      )}
    </>
  );
}

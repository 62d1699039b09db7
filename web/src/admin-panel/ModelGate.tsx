import { Alert, Anchor, Breadcrumbs, Center, Loader, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { errorMessage } from '../api/errors.js';
import { ADMIN_HOME_PATH, modelPath } from './paths.js';
import { useModelSummary } from './queries.js';
import type { ModelSummary } from './types.js';

/** Resolves the page's `:model` to the caller's model summary, or says why there is none. */
export function ModelGate({ children }: { children: (model: ModelSummary) => ReactNode }) {
  const { model: name = '' } = useParams();
  const models = useModelSummary(name);
  if (models.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label="Loading models" />
      </Center>
    );
  }
  if (models.isError) {
    return (
      <Alert color="red" variant="light" title="Could not load the models">
        {errorMessage(models.error)}
      </Alert>
    );
  }
  if (!models.model) {
    return (
      <Alert color="yellow" variant="light" title="No such model">
        <Text size="sm">
          There is no model named “{name}” that you can see.{' '}
          <Anchor component={Link} to={ADMIN_HOME_PATH}>
            Back to the admin panel
          </Anchor>
        </Text>
      </Alert>
    );
  }
  return <>{children(models.model)}</>;
}

/** Admin › Model › … above a model's pages. */
export function ModelBreadcrumbs({ model, trail = [] }: { model: string; trail?: string[] }) {
  return (
    <Breadcrumbs mb="xs" separatorMargin={6} styles={{ root: { flexWrap: 'wrap' } }}>
      <Anchor component={Link} to={ADMIN_HOME_PATH} size="sm">
        Admin
      </Anchor>
      <Anchor component={Link} to={modelPath(model)} size="sm">
        {model}
      </Anchor>
      {trail.map((item) => (
        <Text key={item} size="sm" c="dimmed" style={{ wordBreak: 'break-all' }}>
          {item}
        </Text>
      ))}
    </Breadcrumbs>
  );
}

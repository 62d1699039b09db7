import { Alert, Box, Button, Card, Center, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { errorMessage, isApiError } from '../../api/errors.js';
import { useAuth } from '../../auth/AuthProvider.js';
import { ConfirmModal } from '../../ui/ConfirmModal.js';
import { notify } from '../../ui/notify.js';
import { ActivityFeed } from '../activity/ActivityFeed.js';
import { fieldSpecs, specsByName } from '../fields.js';
import { ModelBreadcrumbs, ModelGate } from '../ModelGate.js';
import { useDeleteRecord } from '../mutations.js';
import { editRecordPath, modelPath } from '../paths.js';
import { useModelSchema, useRecord } from '../queries.js';
import type { ModelSummary } from '../types.js';
import { FieldValue } from './FieldValue.js';
import { usePageTitle } from '../../layout/usePageTitle.js';

/** `/admin/models/:model/records/:id`: a record's fields, its edit and delete actions, and its history. */
export function RecordPage() {
  return <ModelGate>{(model) => <RecordScreen model={model} />}</ModelGate>;
}

function RecordScreen({ model }: { model: ModelSummary }) {
  const { id = '' } = useParams();
  usePageTitle(`${model.name} ${id}`, 'Admin');
  const { can } = useAuth();
  const navigate = useNavigate();
  const record = useRecord(model.name, id);
  const schema = useModelSchema(model.name, 'edit');
  const specs = useMemo(() => specsByName(schema.data ? fieldSpecs(schema.data) : []), [schema.data]);
  const remove = useDeleteRecord(model.name);
  const [confirming, setConfirming] = useState(false);

  const confirmDelete = () =>
    remove.mutate(id, {
      onSuccess: () => {
        notify.success(`Deleted ${model.name} ${id}`);
        navigate(modelPath(model.name));
      },
      onSettled: () => setConfirming(false),
    });

  return (
    <>
      <ModelBreadcrumbs model={model.name} trail={[id]} />
      <Group justify="space-between" align="flex-end" mb="lg" gap="sm">
        <Title order={1} size="h2" style={{ wordBreak: 'break-all' }}>
          {model.name} {id}
        </Title>
        <Group gap="sm">
          {model.can_edit && record.data && (
            <Button component={Link} to={editRecordPath(model.name, id)}>
              Edit
            </Button>
          )}
          {model.can_delete && record.data && (
            <Button color="red" variant="light" onClick={() => setConfirming(true)}>
              Delete
            </Button>
          )}
        </Group>
      </Group>

      {remove.error && (
        <Alert color="red" variant="light" mb="md" title={isApiError(remove.error, 409) ? 'Cannot delete this record' : 'Could not delete'} withCloseButton onClose={() => remove.reset()}>
          {isApiError(remove.error, 409) ? `${errorMessage(remove.error)}. Remove or change the records that refer to it first.` : errorMessage(remove.error)}
        </Alert>
      )}

      {record.isError ? (
        <Alert color={isApiError(record.error, 404) ? 'yellow' : 'red'} variant="light" title={isApiError(record.error, 404) ? 'No such record' : 'Could not load the record'}>
          {errorMessage(record.error)}
        </Alert>
      ) : record.isPending ? (
        <Center py="xl">
          <Loader aria-label="Loading the record" />
        </Center>
      ) : (
        <Stack gap="lg">
          <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md" component="dl" m={0}>
              {Object.entries(record.data).map(([name, value]) => (
                <div key={name} style={{ minWidth: 0 }}>
                  <Text component="dt" size="xs" c="dimmed" fw={600} tt="uppercase">
                    {specs.get(name)?.title ?? name}
                  </Text>
                  <Box component="dd" m={0} mt={2}>
                    <FieldValue spec={specs.get(name)} value={value} />
                  </Box>
                </div>
              ))}
            </SimpleGrid>
          </Paper>
          {can('audit:read') && (
            <Card withBorder padding="md">
              <Title order={2} size="h4" mb="sm">
                History
              </Title>
              <ActivityFeed params={{ model: model.name, recordId: id, limit: 50 }} emptyText="No changes recorded for this record." />
            </Card>
          )}
        </Stack>
      )}

      <ConfirmModal opened={confirming} title={`Delete ${model.name}`} confirmLabel="Delete" loading={remove.isPending} onConfirm={confirmDelete} onClose={() => setConfirming(false)}>
        Delete {model.name} <strong>{id}</strong>? This cannot be undone.
      </ConfirmModal>
    </>
  );
}

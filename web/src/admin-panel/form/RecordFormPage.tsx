import { Alert, Center, Loader, Paper, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { errorMessage } from '../../api/errors.js';
import { notify } from '../../ui/notify.js';
import { fieldSpecs } from '../fields.js';
import { ModelBreadcrumbs, ModelGate } from '../ModelGate.js';
import { useCreateRecord, useUpdateRecord } from '../mutations.js';
import { modelPath, recordIdOf, recordPath } from '../paths.js';
import { useModelSchema, useRecord } from '../queries.js';
import type { ModelRecord, ModelSummary } from '../types.js';
import { initialValues } from './formValues.js';
import { RecordForm } from './RecordForm.js';
import { usePageTitle } from '../../layout/usePageTitle.js';

/** `/admin/models/:model/new` and `/admin/models/:model/records/:id/edit`. */
export function RecordFormPage({ mode }: { mode: 'create' | 'edit' }) {
  return <ModelGate>{(model) => <FormLoader model={model} mode={mode} />}</ModelGate>;
}

function FormLoader({ model, mode }: { model: ModelSummary; mode: 'create' | 'edit' }) {
  usePageTitle(mode === 'create' ? `New ${model.name}` : `Edit ${model.name}`, 'Admin');
  const { id = '' } = useParams();
  const schema = useModelSchema(model.name, mode);
  const record = useRecord(model.name, id, { enabled: mode === 'edit' });
  const failed = schema.error ?? record.error;
  if (failed) {
    return (
      <Alert color="red" variant="light" title={mode === 'create' ? 'Cannot create a record' : 'Cannot edit this record'}>
        {errorMessage(failed)}
      </Alert>
    );
  }
  if (!schema.data || (mode === 'edit' && !record.data)) {
    return (
      <Center py="xl">
        <Loader aria-label="Loading the form" />
      </Center>
    );
  }
  return <FormScreen key={`${model.name}:${id}`} model={model} mode={mode} id={id} schema={schema.data} record={mode === 'edit' ? record.data : undefined} />;
}

interface ScreenProps {
  model: ModelSummary;
  mode: 'create' | 'edit';
  id: string;
  schema: NonNullable<ReturnType<typeof useModelSchema>['data']>;
  record: ModelRecord | undefined;
}

function FormScreen({ model, mode, id, schema, record }: ScreenProps) {
  const navigate = useNavigate();
  const specs = useMemo(() => fieldSpecs(schema), [schema]);
  const initial = useMemo(() => initialValues(specs, record), [specs, record]);
  const create = useCreateRecord(model.name);
  const update = useUpdateRecord(model.name, id);
  const mutation = mode === 'create' ? create : update;
  const back = mode === 'create' ? modelPath(model.name) : recordPath(model.name, id);

  const save = (body: ModelRecord) => {
    if (mode === 'edit' && Object.keys(body).length === 0) {
      notify.success('Nothing changed');
      navigate(back);
      return;
    }
    mutation.mutate(body, {
      onSuccess: (saved) => {
        notify.success(mode === 'create' ? `Created ${model.name} ${recordIdOf(model, saved)}` : 'Saved');
        navigate(model.can_view_details ? recordPath(model.name, recordIdOf(model, saved)) : modelPath(model.name));
      },
    });
  };

  return (
    <>
      <ModelBreadcrumbs model={model.name} trail={mode === 'create' ? ['New'] : [id, 'Edit']} />
      <Title order={1} size="h2" mb="lg">
        {mode === 'create' ? `New ${model.name}` : `Edit ${model.name} ${id}`}
      </Title>
      <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
        <RecordForm
          model={model.name}
          specs={specs}
          initial={initial}
          mode={mode}
          submitLabel={mode === 'create' ? 'Create' : 'Save'}
          pending={mutation.isPending}
          error={mutation.error}
          onSubmit={save}
          onCancel={() => navigate(back)}
        />
      </Paper>
    </>
  );
}

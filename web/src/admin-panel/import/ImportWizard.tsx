import { Button, Group, Modal, Stepper } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { fieldSpecs } from '../fields.js';
import { adminKeys } from '../queries.js';
import { importableFields, mappingProblem, suggestMappings } from './columnMapping.js';
import { DryRunStep } from './DryRunStep.js';
import { useExecuteImport, useImportJob, usePreviewImport, useValidateImport, type ColumnMapping, type ImportMode } from './importRequests.js';
import { MappingStep } from './MappingStep.js';
import { RunStep } from './RunStep.js';
import { UploadStep } from './UploadStep.js';

/**
 * Importing a CSV in four steps: upload and preview, column mapping, a dry run, and the import as
 * a background job. The File stays in state because every step sends it again.
 */
export function ImportWizard({ model, opened, onClose }: { model: string; opened: boolean; onClose: () => void }) {
  const phone = useMediaQuery('(max-width: 48em)');
  return (
    <Modal opened={opened} onClose={onClose} title={`Import ${model} records`} size="xl" fullScreen={phone} closeOnClickOutside={false}>
      {/* Mounted only while open, so each opening starts over. */}
      {opened && <Wizard model={model} phone={Boolean(phone)} onClose={onClose} />}
    </Modal>
  );
}

const STEPS = [
  ['Upload', 'Choose a CSV'],
  ['Map columns', 'CSV to fields'],
  ['Dry run', 'Check every row'],
  ['Import', 'Write the rows'],
] as const;

function Wizard({ model, phone, onClose }: { model: string; phone: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [mappings, setMappings] = useState<ColumnMapping[]>([]);
  const [mode, setMode] = useState<ImportMode>('all');
  const preview = usePreviewImport(model);
  const validate = useValidateImport(model);
  const execute = useExecuteImport(model);
  const job = useImportJob(execute.data?.id ?? null);

  const fields = useMemo(() => (preview.data ? importableFields(fieldSpecs(preview.data.model_schema)) : []), [preview.data]);
  const problem = mappingProblem(mappings, fields);
  const finished = job.data !== undefined && job.data.status !== 'running';
  const running = execute.isPending || (execute.isSuccess && !finished);

  // Imported rows change the list, the counts and the activity feed.
  useEffect(() => {
    if (!finished) return;
    for (const queryKey of [adminKeys.records(model), adminKeys.stats, adminKeys.activity]) void queryClient.invalidateQueries({ queryKey });
  }, [finished, model, queryClient]);

  const chooseFile = (chosen: File) => {
    setFile(chosen);
    validate.reset();
    preview.mutate(chosen, { onSuccess: (data) => setMappings(suggestMappings(data, importableFields(fieldSpecs(data.model_schema)))) });
  };

  const runDryRun = () => {
    if (!file) return;
    setStep(2);
    validate.mutate({ file, mappings });
  };

  const startImport = () => file && execute.mutate({ file, mappings, mode });

  return (
    <>
      <Stepper
        active={finished ? STEPS.length : step}
        onStepClick={(next) => !running && !execute.isSuccess && next < step && setStep(next)}
        size="sm"
        allowNextStepsSelect={false}
        mb="lg"
        wrap={false}
      >
        {STEPS.map(([label, description], index) => (
          // On a phone only the current step is named; four names side by side do not fit.
          <Stepper.Step key={label} label={!phone || index === step ? label : undefined} description={phone ? undefined : description} aria-label={label} />
        ))}
      </Stepper>

      {step === 0 && <UploadStep file={file} preview={preview.data} pending={preview.isPending} error={preview.error} onFile={chooseFile} />}
      {step === 1 && preview.data && <MappingStep preview={preview.data} fields={fields} mappings={mappings} problem={problem} onChange={setMappings} />}
      {step === 2 && <DryRunStep validation={validate.data} pending={validate.isPending} error={validate.error} />}
      {step === 3 && (
        <RunStep mode={mode} onMode={setMode} totalRows={preview.data?.total_rows ?? 0} job={job.data} started={execute.isPending || execute.isSuccess} error={execute.error ?? job.error} />
      )}

      <Group justify="space-between" mt="lg">
        {finished ? (
          <span />
        ) : (
          <Button variant="default" onClick={() => (step === 0 ? onClose() : setStep(step - 1))} disabled={running}>
            {step === 0 ? 'Cancel' : 'Back'}
          </Button>
        )}
        {step === 0 && (
          <Button onClick={() => setStep(1)} disabled={!preview.data || preview.isPending}>
            Next: map columns
          </Button>
        )}
        {step === 1 && (
          <Button onClick={runDryRun} disabled={problem !== null}>
            Next: dry run
          </Button>
        )}
        {step === 2 && (
          <Button onClick={() => setStep(3)} disabled={!validate.data || validate.data.valid_count === 0}>
            Next: import
          </Button>
        )}
        {step === 3 && !execute.isSuccess && (
          <Button onClick={startImport} loading={execute.isPending}>
            Import {mode === 'partial' ? 'valid rows' : 'all rows'}
          </Button>
        )}
        {step === 3 && finished && <Button onClick={onClose}>Done</Button>}
      </Group>
    </>
  );
}

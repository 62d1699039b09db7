import { Button, Checkbox, Popover, ScrollArea, Stack } from '@mantine/core';
import type { FieldSpec } from '../fields.js';

interface Props {
  fields: FieldSpec[];
  visible: string[];
  customised: boolean;
  onChange: (columns: string[] | null) => void;
}

/** Shows or hides any field the model lets the caller see; the last column cannot be hidden. */
export function ColumnChooser({ fields, visible, customised, onChange }: Props) {
  const shown = new Set(visible);
  const toggle = (name: string, on: boolean) => {
    const next = fields.map((f) => f.name).filter((n) => (n === name ? on : shown.has(n)));
    if (next.length > 0) onChange(next);
  };
  return (
    <Popover position="bottom-end" width={240} shadow="md" trapFocus>
      <Popover.Target>
        <Button variant="default">Columns</Button>
      </Popover.Target>
      <Popover.Dropdown>
        <ScrollArea.Autosize mah={320} type="auto">
          <Stack gap="xs" role="group" aria-label="Visible columns">
            {fields.map((field) => (
              <Checkbox
                key={field.name}
                label={field.title}
                checked={shown.has(field.name)}
                disabled={shown.has(field.name) && shown.size === 1}
                onChange={(event) => toggle(field.name, event.currentTarget.checked)}
              />
            ))}
          </Stack>
        </ScrollArea.Autosize>
        {customised && (
          <Button variant="subtle" size="compact-sm" mt="sm" onClick={() => onChange(null)}>
            Back to the default columns
          </Button>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}

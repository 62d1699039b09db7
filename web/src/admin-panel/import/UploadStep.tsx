import { Alert, Badge, Box, Button, FileButton, Group, Loader, Paper, Table, Text } from '@mantine/core';
import { useRef, useState, type DragEvent } from 'react';
import { errorMessage } from '../../api/errors.js';
import type { ImportPreview } from '../types.js';

const DELIMITERS: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };
const PREVIEW_ROWS = 5;

interface Props {
  file: File | null;
  preview: ImportPreview | undefined;
  pending: boolean;
  error: unknown;
  onFile: (file: File) => void;
}

/** Step 1: choose or drop a CSV; the server's preview shows how it reads it. */
export function UploadStep({ file, preview, pending, error, onFile }: Props) {
  const reset = useRef<() => void>(null);
  const [dragging, setDragging] = useState(false);

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) onFile(dropped);
  };

  return (
    <>
      <Paper
        withBorder
        p="lg"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        style={{ borderStyle: 'dashed', borderWidth: 2, textAlign: 'center', background: dragging ? 'var(--mantine-primary-color-light)' : undefined }}
      >
        <Text size="sm" mb="xs">
          Drop a CSV file here, or
        </Text>
        <FileButton onChange={(chosen) => chosen && onFile(chosen)} accept=".csv,text/csv,text/plain" resetRef={reset} inputProps={{ 'aria-label': 'CSV file' }}>
          {(props) => (
            <Button {...props} variant="light" mb="xs" onClick={() => {
              // Choosing the same file again after fixing it should read it again.
              reset.current?.();
              props.onClick();
            }}>
              Choose a file
            </Button>
          )}
        </FileButton>
        <Text size="xs" c="dimmed">
          UTF-8 (with or without BOM), Latin-1 or Windows-1252; separated by commas, semicolons, tabs or pipes.
        </Text>
        {file && (
          <Group justify="center" gap="xs" mt="sm">
            {pending && <Loader size="xs" aria-label="Reading the file" />}
            <Text size="sm" fw={600} style={{ wordBreak: 'break-all' }}>
              {file.name}
            </Text>
          </Group>
        )}
      </Paper>

      {Boolean(error) && (
        <Alert color="red" variant="light" mt="md" title="Could not read the file">
          {errorMessage(error)}
        </Alert>
      )}

      {preview && !pending && (
        <Box mt="md">
          <Group gap="xs" mb="xs">
            <Badge variant="light">{preview.total_rows} rows</Badge>
            <Badge variant="light" color="gray">
              {DELIMITERS[preview.delimiter] ?? preview.delimiter} separated
            </Badge>
            <Badge variant="light" color="gray">
              {preview.encoding}
            </Badge>
          </Group>
          <Table.ScrollContainer minWidth={preview.headers.length * 120} type="native">
            <Table fz="xs" withTableBorder withColumnBorders verticalSpacing={4} aria-label="First rows of the file">
              <Table.Thead>
                <Table.Tr>
                  {preview.headers.map((header) => {
                    const type = preview.column_types.find((c) => c.csv_column === header);
                    return (
                      <Table.Th key={header}>
                        <div>{header}</div>
                        {type && (
                          <Text span size="xs" c="dimmed" fw={400}>
                            {type.detected_type}
                            {type.nullable ? ', has empties' : ''}
                          </Text>
                        )}
                      </Table.Th>
                    );
                  })}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.preview_rows.slice(0, PREVIEW_ROWS).map((row, index) => (
                  <Table.Tr key={index}>
                    {preview.headers.map((header) => (
                      <Table.Td key={header} style={{ maxWidth: 200, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                        {row[header]}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Box>
      )}
    </>
  );
}

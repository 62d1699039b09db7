import { Alert, Group, List, Loader, Select, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAdjustments, IconArrowsDiagonal, IconArrowsMove, IconMinus, IconPencil, IconPlus, type Icon } from '@tabler/icons-react';
import { errorMessage } from '../../api/errors.js';
import type { DashboardContent } from '../types.js';
import { useBaseRevision } from './baseRevisionQuery.js';
import { diffRevisions, type RevisionChange } from './revisionDiff.js';

const KIND_LOOK: Record<RevisionChange['kind'], { icon: Icon; color: string }> = {
  field: { icon: IconAdjustments, color: 'gray' },
  added: { icon: IconPlus, color: 'teal' },
  removed: { icon: IconMinus, color: 'red' },
  moved: { icon: IconArrowsMove, color: 'blue' },
  resized: { icon: IconArrowsDiagonal, color: 'blue' },
  renamed: { icon: IconPencil, color: 'grape' },
  edited: { icon: IconPencil, color: 'orange' },
};

function ChangeList({ changes }: { changes: RevisionChange[] }) {
  if (changes.length === 0) return <Text size="sm" c="dimmed">No differences in the name, settings, filters or widgets.</Text>;
  return (
    <List spacing={6} listStyleType="none" aria-label="Changes" data-testid="revision-changes">
      {changes.map((change, index) => {
        const { icon: KindIcon, color } = KIND_LOOK[change.kind];
        return (
          <List.Item key={index}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <ThemeIcon size="sm" variant="light" color={color} radius="xl" aria-hidden="true">
                <KindIcon size={12} />
              </ThemeIcon>
              <div style={{ minWidth: 0 }}>
                <Text size="sm" fw={500}>
                  {change.summary}
                </Text>
                {change.detail && (
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {change.detail}
                  </Text>
                )}
              </div>
            </Group>
          </List.Item>
        );
      })}
    </List>
  );
}

interface RevisionChangesProps {
  dashboardId: string;
  version: number;
  content: DashboardContent;
  /** The newest version there is; any version up to it may be compared. */
  latestVersion: number;
  /** The version compared with; null for none (the first version). */
  base: number | null;
  onBaseChange: (base: number | null) => void;
}

/** What changed in `version` against another version, by default the one before it. */
export function RevisionChanges({ dashboardId, version, content, latestVersion, base, onBaseChange }: RevisionChangesProps) {
  const baseRevision = useBaseRevision(dashboardId, base);
  const options = Array.from({ length: latestVersion }, (_, i) => latestVersion - i)
    .filter((n) => n !== version)
    .map((n) => ({ value: String(n), label: n === version - 1 ? `Version ${n} (the one before)` : `Version ${n}` }));

  let body;
  if (base === null) {
    body = <Text size="sm" c="dimmed">The first version: the dashboard as it was created, shown below.</Text>;
  } else if (baseRevision.isPending) {
    body = <Loader size="sm" aria-label={`Loading version ${base}`} />;
  } else if (baseRevision.isError) {
    body = (
      <Alert color="red" variant="light" title={`Could not load version ${base}`}>
        {errorMessage(baseRevision.error)}
      </Alert>
    );
  } else {
    body = <ChangeList changes={diffRevisions(baseRevision.data.dashboard, content)} />;
  }

  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-end" gap="xs">
        <Text fw={600} size="sm">
          {base === null ? 'Changes' : base < version ? `Changes since version ${base}` : `Changes from version ${base} to this one`}
        </Text>
        {options.length > 0 && (
          <Select
            size="xs"
            w={220}
            label="Compare with"
            data={options}
            value={base === null ? null : String(base)}
            onChange={(value) => onBaseChange(value === null ? null : Number(value))}
            allowDeselect={false}
            searchable
            comboboxProps={{ zIndex: 300 }}
          />
        )}
      </Group>
      {body}
    </Stack>
  );
}

import { Badge } from '@mantine/core';
import type { Visibility } from './types.js';

const COLORS: Record<Visibility, string> = { private: 'gray', team: 'indigo', public: 'teal' };
export const VISIBILITY_LABELS: Record<Visibility, string> = { private: 'Private', team: 'Team', public: 'Public' };

export function VisibilityBadge({ visibility }: { visibility: Visibility }) {
  return (
    <Badge variant="light" color={COLORS[visibility] ?? 'gray'} style={{ flexShrink: 0 }}>
      {VISIBILITY_LABELS[visibility] ?? visibility}
    </Badge>
  );
}

import { Text } from '@mantine/core';
import classes from './CardGrid.module.css';
import { CardTile } from './CardTile.js';
import type { CardWidget } from './queries.js';

/** The cards in the registry's order, about 240 px each, wide cards over two columns where two fit. */
export function CardGrid({ widgets, emptyText }: { widgets: readonly CardWidget[]; emptyText: string }) {
  if (widgets.length === 0) return <Text c="dimmed">{emptyText}</Text>;
  return (
    <div className={classes.grid}>
      <div className={classes.tracks} data-testid="card-grid">
        {widgets.map((widget) => (
          <div key={widget.id} className={widget.span === 2 ? classes.wide : undefined}>
            <CardTile widget={widget} />
          </div>
        ))}
      </div>
    </div>
  );
}

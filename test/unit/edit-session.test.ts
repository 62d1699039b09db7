import { describe, expect, it } from 'vitest';
import { record, redo, startHistory, undo, unsavedDataIds, type SessionContent } from '../../web/src/dashboards/session/editHistory.js';
import { phoneTiles } from '../../web/src/dashboards/session/phoneLayout.js';
import type { Widget } from '../../web/src/dashboards/types.js';

const widget = (id: string, x: number, y: number, height = 2): Widget => ({
  id,
  dashboard_id: 'd',
  name: id,
  widget_type: 'kpi_card',
  position: { x, y, width: 4, height },
  data_source: { sql: `SELECT '${id}'` },
  config: {},
  created_at: '',
  updated_at: '',
});

const a = widget('a', 0, 0);
const b = widget('b', 4, 0, 3);
const c = widget('c', 0, 2);

describe('the phone stack', () => {
  it('follows the desktop reading order (row, then column) without a phone layout', () => {
    expect(phoneTiles([c, b, a], null).map((tile) => [tile.widget.id, tile.height])).toEqual([['a', 2], ['b', 3], ['c', 2]]);
  });

  it("takes the author's order and heights, and puts widgets it leaves out after them in desktop order", () => {
    const tiles = phoneTiles([a, b, c], [{ widget_id: 'c', height: 6 }, { widget_id: 'gone', height: 2 }]);
    expect(tiles.map((tile) => [tile.widget.id, tile.height])).toEqual([['c', 6], ['a', 2], ['b', 3]]);
  });
});

describe('the undo history of an edit session', () => {
  const start: SessionContent = { widgets: [a, b], phone_layout: null };
  const moved: SessionContent = { widgets: [{ ...a, position: { ...a.position, y: 5 } }, b], phone_layout: null };

  it('undoes and redoes steps, and a new step after an undo drops what Redo would have brought back', () => {
    let history = record(startHistory(start), moved);
    history = undo(history);
    expect(history.present).toBe(start);
    history = redo(history);
    expect(history.present).toBe(moved);
    history = record(undo(history), { widgets: [a], phone_layout: null });
    expect(history.future).toEqual([]);
    expect(undo(history).present).toBe(start);
  });

  it('keeps no step for a change that changes nothing', () => {
    const history = record(startHistory(start), { widgets: [{ ...a }, { ...b }], phone_layout: null });
    expect(history.past).toEqual([]);
  });

  it('runs new widgets and widgets with another query from the draft, moved ones from the server', () => {
    const edited = { ...b, data_source: { sql: 'SELECT 2' } };
    expect([...unsavedDataIds([a, b], [{ ...a, position: { ...a.position, x: 8 } }, edited, c])]).toEqual(['b', 'c']);
  });
});
